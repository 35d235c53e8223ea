package nl.indicatiewijzer.beslistabel;

import java.util.List;

/**
 * What a column of a rule table takes, as its trusted template says: by the code row ({@code "$param"}
 * goes between quotes, {@code Type.$param} is a constant of that enum) and by the values the released
 * table holds (whole numbers, decimals, true/false, dates, ja/nee). {@code ondergrens} is the lowest
 * number allowed; {@code literaal} says the value goes into the code as a string literal.
 */
public record Kolomtype(Soort soort, List<String> constanten, long ondergrens, boolean literaal) {
    public static final long GROOTSTE = 999_999_999L;

    public enum Soort {
        TEKST("tekst"), DATUM("een datum"), GEHEEL("een geheel getal"), DECIMAAL("een getal"),
        JA_NEE("true of false"), CODE("een code"), KEUZE("een van de vaste woorden");

        private final String omschrijving;

        Soort(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public static Kolomtype tekst() {
        return new Kolomtype(Soort.TEKST, List.of(), 0, true);
    }

    public static Kolomtype datum() {
        return new Kolomtype(Soort.DATUM, List.of(), 0, true);
    }

    /** A number in the code, or (between quotes) a text that must be a number, kept as typed. */
    public static Kolomtype getal(boolean geheel, long ondergrens, boolean literaal) {
        return new Kolomtype(geheel ? Soort.GEHEEL : Soort.DECIMAAL, List.of(), ondergrens, literaal);
    }

    public static Kolomtype jaNee() {
        return new Kolomtype(Soort.JA_NEE, List.of(), 0, false);
    }

    public static Kolomtype code(List<String> constanten) {
        return new Kolomtype(Soort.CODE, List.copyOf(constanten), 0, false);
    }

    /** A text that must be one of a few fixed words (ja/nee, the kind of a justification line). */
    public static Kolomtype keuze(List<String> woorden) {
        return new Kolomtype(Soort.KEUZE, List.copyOf(woorden), 0, true);
    }

    /** Whether the value goes into the code between quotes, as a string literal. */
    public boolean alsLiteraal() {
        return literaal;
    }
}
