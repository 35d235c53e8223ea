package nl.indicatiewijzer.regels;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.indicatiewijzer.advies.begrippen.Regeling;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The active rule set per regeling, built eagerly at start-up from the {@code rules/} and
 * {@code decision-tables/} folders. A file that does not compile stops start-up with the file,
 * sheet, row and column it concerns. Swapping a version replaces one reference atomically: a
 * request in flight keeps the Regelset it started with.
 */
@Startup
@ApplicationScoped
public class RegelsetRegister {
    private static final Logger LOG = Logger.getLogger(RegelsetRegister.class);

    private final Map<Regeling, Regelset> actief = new ConcurrentHashMap<>();
    private final Path basis;

    public RegelsetRegister(@ConfigProperty(name = "indicatiewijzer.regels-map", defaultValue = ".") String basis) {
        this.basis = Path.of(basis);
    }

    @PostConstruct
    void bouwAlles() {
        RegelbestandenLezer lezer = new RegelbestandenLezer(basis);
        RegelsetBouwer bouwer = new RegelsetBouwer();
        List<Regelbestand> algemeen = lezer.algemeen();
        if (algemeen.isEmpty()) {
            throw new IllegalStateException("Geen regels gevonden onder " + basis.toAbsolutePath().resolve("rules")
                    + "; start de service vanuit de projectmap of zet indicatiewijzer.regels-map");
        }
        Map<Regeling, Regelset> gebouwd = new EnumMap<>(Regeling.class);
        for (Regeling regeling : Regeling.values()) {
            List<Regelbestand> eigen = lezer.eigen(regeling);
            List<Regelbestand> alle = new ArrayList<>(algemeen);
            alle.addAll(eigen);
            long start = System.nanoTime();
            Regelset regelset = bouwer.bouw(regeling, alle, !eigen.isEmpty());
            LOG.infof("Regelset %s gebouwd in %d ms: versie %s (%d bestanden)", regeling.code(),
                    (System.nanoTime() - start) / 1_000_000, regelset.versie(), alle.size());
            gebouwd.put(regeling, regelset);
        }
        actief.putAll(gebouwd);
    }

    public Regelset actief(Regeling regeling) {
        return actief.get(regeling);
    }
}
