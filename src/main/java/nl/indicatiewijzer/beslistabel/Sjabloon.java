package nl.indicatiewijzer.beslistabel;

import java.util.List;
import java.util.Optional;

/**
 * A released decision table as the template of every upload of it: per sheet its heading (RuleSet,
 * Import, Variables, PRIORITY, NO-LOOP; Notes are for people), and its rule tables with their columns.
 * Only a file of a release (under {@code decision-tables/}, archived at roll-out) is ever read as a
 * template; an upload contributes nothing but the values of its data cells.
 */
public record Sjabloon(String pad, List<Bladsjabloon> bladen, List<String> namen) {

    /** One sheet of the template: the sheet itself (its non-data cells are the standard), its heading and tables. */
    public record Bladsjabloon(Blad blad, Kop kop, List<Tabelsjabloon> tabellen) {
        public String naam() {
            return blad.naam();
        }

        /** The row of the first rule table (the heading lies above it), or past the last row when there is none. */
        public int eersteTabelrij() {
            return tabellen.isEmpty() ? blad.rijen().size() + 1 : tabellen.get(0).rij();
        }
    }

    /** What the heading rows say for the DRL of the sheet. */
    public record Kop(String pakket, List<String> imports, List<String> globals, Integer prioriteit, boolean geenLus) {
    }

    /**
     * One RuleTable: its name, the row and column of its RuleTable cell, its five heading rows
     * (name, CONDITION/ACTION, object, code, label), its columns, and the data rows of the release.
     */
    public record Tabelsjabloon(String naam, int rij, int beginkolom, List<Rij> kop, List<Kolom> kolommen, List<Rij> rijen) {
        public static final int KOPRIJEN = 5;

        public int eindkolom() {
            return beginkolom + kolommen.size() - 1;
        }
    }

    /** Drools' test for the cell that starts a rule table: "RuleTable", alone or followed by a space, in any casing. */
    public static boolean isTabelbegin(Cel cel) {
        return Sjabloonlezer.isTabelbegin(cel);
    }

    public static Sjabloon van(String pad, Werkmap werkmap) throws OngeldigSjabloon {
        return Sjabloonlezer.lees(pad, werkmap);
    }

    /** The released workbook itself. */
    public Werkmap werkmap() {
        return new Werkmap(bladen.stream().map(Bladsjabloon::blad).toList(), namen);
    }

    public String naam() {
        return pad.substring(pad.lastIndexOf('/') + 1);
    }

    public Optional<Bladsjabloon> blad(String naam) {
        return bladen.stream().filter(b -> b.naam().equals(naam)).findFirst();
    }
}
