package nl.indicatiewijzer.regels;

/**
 * Why a rule-set file does not compile, in the terms of the one who edits it: for a decision table
 * the sheet, row and column of the cell (as Excel shows them) and what the cell holds; for a DRL
 * file the line and column.
 */
public record Bouwfout(String bestand, String blad, Integer rij, String kolom, String cel, Integer regel,
        String melding) {

    public static Bouwfout inDrl(String bestand, Integer regel, String melding) {
        return new Bouwfout(bestand, null, null, null, null, regel, melding);
    }

    public static Bouwfout inTabel(String bestand, String blad, Integer rij, String kolom, String cel, String melding) {
        return new Bouwfout(bestand, blad, rij, kolom, cel, null, melding);
    }

    /** One line a policy worker or developer can act on. */
    public String omschrijving() {
        StringBuilder s = new StringBuilder(bestand);
        if (blad != null) {
            s.append(", blad '").append(blad).append("'");
        }
        if (rij != null) {
            s.append(", rij ").append(rij);
        }
        if (kolom != null) {
            s.append(", kolom ").append(kolom);
        }
        if (cel != null) {
            s.append(" (cel ").append(kolom == null ? "" : kolom).append(rij == null ? "" : rij)
                    .append(" bevat '").append(cel).append("')");
        }
        if (regel != null) {
            s.append(", regel ").append(regel);
        }
        return s.append(": ").append(melding).toString();
    }
}
