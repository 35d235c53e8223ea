package nl.indicatiewijzer.regels.feiten;

/** The class of the one-way distance to the day activity that the km staffel gives (bijlage5). */
public class Kmklasse {
    private final String klasse;

    public Kmklasse(String klasse) {
        this.klasse = klasse;
    }

    public String getKlasse() {
        return klasse;
    }
}
