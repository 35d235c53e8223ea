package nl.indicatiewijzer.beheer.tabel;

/** What a cell holds as Excel shows it; a formula is kept as its text with a leading '='. */
public record Cel(String tekst, boolean formule, boolean getal) {
    public static final Cel LEEG = new Cel("", false, false);

    public boolean leeg() {
        return tekst.isEmpty();
    }
}
