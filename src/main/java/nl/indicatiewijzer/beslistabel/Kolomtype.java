package nl.indicatiewijzer.beslistabel;

import java.util.List;

/**
 * What a column of a rule table takes, as its trusted template says: by the code row ({@code "$param"}
 * is text, {@code Type.$param} a constant of that enum) and, for a bare {@code $param}, by the values
 * the released table holds (whole numbers, decimals, true/false). A text column whose released values
 * are all dates takes dates. {@code ondergrens} is the lowest number allowed.
 */
public record Kolomtype(Soort soort, List<String> constanten, long ondergrens) {
    public static final long GROOTSTE = 999_999_999L;

    public enum Soort {
        TEKST("tekst"), DATUM("een datum"), GEHEEL("een geheel getal"), DECIMAAL("een getal"),
        JA_NEE("true of false"), CODE("een code");

        private final String omschrijving;

        Soort(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public static Kolomtype tekst() {
        return new Kolomtype(Soort.TEKST, List.of(), 0);
    }

    public static Kolomtype datum() {
        return new Kolomtype(Soort.DATUM, List.of(), 0);
    }

    public static Kolomtype getal(boolean geheel, long ondergrens) {
        return new Kolomtype(geheel ? Soort.GEHEEL : Soort.DECIMAAL, List.of(), ondergrens);
    }

    public static Kolomtype jaNee() {
        return new Kolomtype(Soort.JA_NEE, List.of(), 0);
    }

    public static Kolomtype code(List<String> constanten) {
        return new Kolomtype(Soort.CODE, List.copyOf(constanten), 0);
    }

    /** Whether the value goes into the code between quotes, as a string literal. */
    public boolean alsLiteraal() {
        return soort == Soort.TEKST || soort == Soort.DATUM;
    }
}
