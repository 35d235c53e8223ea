package nl.indicatiewijzer.regels;

import java.util.Map;
import nl.indicatiewijzer.beslistabel.Drlschrijver;
import org.kie.api.definition.rule.Rule;

/**
 * A rule's {@code @soort}, {@code @tekst}, {@code @bron} and {@code @optie}, read from its metadata
 * once. A rule of a decision table ({@code @beslistabel}) has its sentence as policy staff typed it:
 * its {placeholders} are text, never filled in.
 */
record Regelmeta(String soort, String tekst, String bron, String optie, boolean letterlijk) {

    static Regelmeta van(Rule regel) {
        Map<String, Object> meta = regel.getMetaData();
        String soort = tekst(meta.get("soort"));
        return new Regelmeta(soort == null ? Regelspoor.MOTIVERING : soort, tekst(meta.get("tekst")),
                tekst(meta.get("bron")), tekst(meta.get("optie")), meta.containsKey(Drlschrijver.BESLISTABEL));
    }

    private static String tekst(Object metawaarde) {
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
