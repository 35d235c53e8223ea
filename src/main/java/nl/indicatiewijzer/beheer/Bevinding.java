package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.indicatiewijzer.beslistabel.Celfout;
import nl.indicatiewijzer.regels.Bouwfout;

/**
 * One finding of the validation report, where a policy worker finds it: file, sheet, row and column
 * (as Excel shows them), what the cell holds, and what is wrong in plain Dutch. {@code rijen} names
 * all rows of a gap or overlap.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Bevinding(Soort soort, String bestand, String blad, Integer rij, String kolom, String cel, String melding,
        List<Integer> rijen) {

    public enum Soort {
        /** the table does not compile */
        COMPILATIE,
        /** a cell outside the data rows differs from the released table (heading, code rows, extra rows, sheets or names) */
        STRUCTUUR,
        /** a cell holds something other than a value of its column's type */
        CELWAARDE,
        /** a scenario file is not readable */
        SCENARIOBESTAND,
        /** a row whose condition can never be true */
        VUURT_NOOIT,
        /** a combination of enumerated values (or a range of numbers) no row covers */
        GAT,
        /** a combination two rows cover with different results */
        OVERLAP,
        /** a row that repeats an earlier one exactly */
        DUBBEL,
        /** a row the upload adds or changes that no scenario case fires */
        NIET_GETEST
    }

    public static Bevinding cel(Soort soort, String bestand, String blad, int rij, String kolom, String cel, String melding) {
        return new Bevinding(soort, bestand, blad, rij, kolom, cel, melding, null);
    }

    public static Bevinding rijen(Soort soort, String bestand, String blad, List<Integer> rijen, String melding) {
        return new Bevinding(soort, bestand, blad, rijen.isEmpty() ? null : rijen.get(0), null, null, melding, rijen);
    }

    public static Bevinding bestand(Soort soort, String bestand, String melding) {
        return new Bevinding(soort, bestand, null, null, null, null, melding, null);
    }

    /** A cell of an uploaded table that does not fit its released template. */
    public static Bevinding van(String bestand, Celfout fout) {
        Soort soort = fout.soort() == Celfout.Soort.CELWAARDE ? Soort.CELWAARDE : Soort.STRUCTUUR;
        return new Bevinding(soort, bestand, fout.blad(), fout.rij(), fout.kolom(), fout.cel(), fout.melding(), null);
    }

    public static Bevinding van(Bouwfout fout) {
        String melding = fout.regel() == null ? fout.melding() : "regel " + fout.regel() + ": " + fout.melding();
        return new Bevinding(Soort.COMPILATIE, fout.bestand(), fout.blad(), fout.rij(), fout.kolom(), fout.cel(), melding, null);
    }
}
