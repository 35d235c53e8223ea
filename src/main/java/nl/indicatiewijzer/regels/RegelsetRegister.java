package nl.indicatiewijzer.regels;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.indicatiewijzer.advies.begrippen.Regeling;

/**
 * The active rule set per regeling. Activating a version replaces one reference atomically: a
 * request in flight keeps the Regelset it started with, the next one gets the new version.
 */
@ApplicationScoped
public class RegelsetRegister {
    private final Map<Regeling, Regelset> actief = new ConcurrentHashMap<>();

    public Regelset actief(Regeling regeling) {
        return actief.get(regeling);
    }

    /** @return the version that was active before, or null */
    public Regelset activeer(Regelset regelset) {
        return actief.put(regelset.regeling(), regelset);
    }
}
