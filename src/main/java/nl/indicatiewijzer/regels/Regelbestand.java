package nl.indicatiewijzer.regels;

/**
 * One file of a rule set: a DRL file or a decision table, by its path relative to the project
 * root (e.g. {@code decision-tables/mlw-mer/percelen.drl.xlsx}) and its exact bytes.
 */
public record Regelbestand(String pad, byte[] inhoud) {

    public boolean isBeslistabel() {
        return pad.endsWith(".drl.xlsx");
    }

    public String naam() {
        return pad.substring(pad.lastIndexOf('/') + 1);
    }
}
