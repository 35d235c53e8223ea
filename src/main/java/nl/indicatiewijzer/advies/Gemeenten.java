package nl.indicatiewijzer.advies;

import java.util.Locale;
import java.util.Map;
import nl.indicatiewijzer.advies.begrippen.Regeling;

/** Which regeling a gemeente falls under (CONTRACT.md, field {@code gemeente}; 002 footnotes 1 and 2). */
public final class Gemeenten {
    private static final Map<String, Regeling> REGELING = Map.of(
            "leudal", Regeling.MLW_MER,
            "nederweert", Regeling.MLW_MER,
            "weert", Regeling.MLW_MER,
            "maasgouw", Regeling.MLW_MER,
            "echt-susteren", Regeling.MLW_MER,
            "roerdalen", Regeling.MLW_MER,
            "stede broec", Regeling.STEDE_BROEC,
            "staphorst", Regeling.BIJLAGE5,
            "zwartewaterland", Regeling.BIJLAGE5);

    private Gemeenten() {
    }

    /** The regeling of a known gemeente, or null for a name this service does not know. */
    public static Regeling regelingVan(String gemeente) {
        return gemeente == null ? null : REGELING.get(gemeente.strip().toLowerCase(Locale.ROOT));
    }
}
