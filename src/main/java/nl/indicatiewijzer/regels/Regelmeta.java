package nl.indicatiewijzer.regels;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indicatiewijzer.beslistabel.Drlschrijver;
import org.kie.api.definition.rule.Rule;

/**
 * A rule's {@code @soort}, {@code @tekst}, {@code @bron} and {@code @optie}, read from its metadata
 * once. A rule of a decision table ({@code @beslistabel}) has its sentence as policy staff typed it:
 * its {placeholders} are text, never filled in. A rule that holds for every regeling names its source
 * per regeling ({@code @bron_mlw_mer}, {@code @bron_bkb24}, ...): every source cites the regeling's own seed.
 * A table row's rule name ("Percelen (percelen.drl.xlsx), rij 12") becomes the name a person reads,
 * "Tabel Percelen", and the reference {@code tabelrij} "percelen.drl.xlsx, rij 12"; other rules keep their name.
 */
record Regelmeta(String soort, String tekst, String bron, String optie, boolean letterlijk, String regel, String tabelrij) {
    private static final Pattern TABELRIJ = Pattern.compile("(.+) \\((.+)\\), rij (\\d+)");

    static Regelmeta van(Rule regel, Regeling regeling) {
        Map<String, Object> meta = regel.getMetaData();
        String soort = tekst(meta.get("soort"));
        String eigen = tekst(meta.get("bron_" + regeling.code().replace('-', '_')));
        boolean tabel = meta.containsKey(Drlschrijver.BESLISTABEL);
        Matcher rij = TABELRIJ.matcher(regel.getName());
        boolean tabelrij = tabel && rij.matches();
        return new Regelmeta(soort == null ? Regelspoor.MOTIVERING : soort, tekst(meta.get("tekst")),
                eigen != null ? eigen : tekst(meta.get("bron")), tekst(meta.get("optie")), tabel,
                tabelrij ? "Tabel " + rij.group(1) : null, tabelrij ? rij.group(2) + ", rij " + rij.group(3) : null);
    }

    static String tekst(Object metawaarde) {
        if (metawaarde == null) {
            return null;
        }
        String s = metawaarde.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }
}
