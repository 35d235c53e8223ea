package nl.indicatiewijzer.regels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One file of a rule set: a DRL file or a decision table, by its path relative to the project
 * root (e.g. {@code decision-tables/mlw-mer/percelen.drl.xlsx}) and its exact bytes.
 */
public record Regelbestand(String pad, byte[] inhoud) {

    /** The files by path, in their order. */
    public static Map<String, Regelbestand> perPad(List<Regelbestand> bestanden) {
        Map<String, Regelbestand> perPad = new LinkedHashMap<>();
        bestanden.forEach(b -> perPad.put(b.pad(), b));
        return perPad;
    }

    public boolean isBeslistabel() {
        return pad.endsWith(".drl.xlsx");
    }

    public String naam() {
        return pad.substring(pad.lastIndexOf('/') + 1);
    }
}
