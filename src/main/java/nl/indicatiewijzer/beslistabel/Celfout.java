package nl.indicatiewijzer.beslistabel;

/**
 * Why a cell (or a sheet, or the workbook) is refused, where a policy worker finds it: the sheet, the
 * row and column as Excel shows them, what the cell holds, and the reason in plain Dutch.
 */
public record Celfout(Soort soort, String blad, Integer rij, String kolom, String cel, String melding) {

    public enum Soort {
        /** anything outside the data cells of the rule tables that differs from the released table */
        STRUCTUUR,
        /** a data cell whose value is not of its column's type */
        CELWAARDE
    }

    static Celfout structuur(String blad, Integer rij, Integer kolom, Cel cel, String melding) {
        return new Celfout(Soort.STRUCTUUR, blad, rij, kolom == null ? null : Kolom.letter(kolom),
                cel == null || cel.leeg() ? null : cel.tekst(), melding);
    }

    static Celfout celwaarde(String blad, int rij, Kolom kolom, Cel cel, String melding) {
        return new Celfout(Soort.CELWAARDE, blad, rij, kolom.letter(), cel.tekst(), "kolom " + kolom.naam() + ": " + melding);
    }
}
