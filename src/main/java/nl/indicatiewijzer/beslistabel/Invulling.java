package nl.indicatiewijzer.beslistabel;

import java.util.List;
import nl.indicatiewijzer.beslistabel.Sjabloon.Bladsjabloon;
import nl.indicatiewijzer.beslistabel.Sjabloon.Tabelsjabloon;

/**
 * The values a workbook fills into its template: per sheet and rule table the data rows, each cell
 * parsed as its column's type. Built only when every other cell of the workbook equals the template
 * ({@link Invullingslezer}); the DRL is written from the template and these values alone.
 */
public record Invulling(Sjabloon sjabloon, List<Bladinvulling> bladen) {

    public record Bladinvulling(Bladsjabloon sjabloon, List<Tabelinvulling> tabellen) {
    }

    /**
     * One rule table: the row of its RuleTable cell in this workbook, its data rows as they stand, and
     * their values by the template's columns (null for an empty cell).
     */
    public record Tabelinvulling(Tabelsjabloon sjabloon, int rij, List<Rij> rijen, List<List<Waarde>> waarden) {
        public String naam() {
            return sjabloon.naam();
        }
    }

    /** The invulling, or every cell that keeps the workbook from being one. */
    public record Uitkomst(Invulling invulling, List<Celfout> fouten) {
    }

    /** Reads the values of a workbook held to its template. */
    public static Uitkomst van(Sjabloon sjabloon, Werkmap werkmap) {
        return new Invullingslezer(sjabloon).lees(werkmap);
    }
}
