package nl.indicatiewijzer.advies;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import nl.indicatiewijzer.regels.Regeling;

/** Which regeling a gemeente falls under (CONTRACT.md, field {@code gemeente}; 002 footnotes 1 and 2). */
public final class Gemeenten {
    /** Looked up without regard to case ("stede broec"), listed as written. */
    private static final Map<String, Regeling> REGELING = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String gemeente : new String[] {"Echt-Susteren", "Leudal", "Maasgouw", "Nederweert", "Roerdalen", "Weert"}) {
            REGELING.put(gemeente, Regeling.MLW_MER);
        }
        REGELING.put("Staphorst", Regeling.BIJLAGE5);
        REGELING.put("Stede Broec", Regeling.STEDE_BROEC);
        REGELING.put("Zwartewaterland", Regeling.BIJLAGE5);
    }

    private Gemeenten() {
    }

    /** The regeling of a known gemeente, or null for a name this service does not know. */
    public static Regeling regelingVan(String gemeente) {
        return gemeente == null ? null : REGELING.get(gemeente.strip());
    }

    /** Every known gemeente as it is written, in alphabetical order, with its regeling. */
    public static Map<String, Regeling> bekend() {
        return Collections.unmodifiableMap(REGELING);
    }
}
