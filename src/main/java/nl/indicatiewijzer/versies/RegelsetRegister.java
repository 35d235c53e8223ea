package nl.indicatiewijzer.versies;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;

/**
 * The active rule set per regeling. Activating a version replaces one reference atomically: a
 * request in flight keeps the Regelset it started with, the next one gets the new version. The metric
 * {@code indicatiewijzer.regelset.actief} names the active version of each regeling (value 1).
 */
@ApplicationScoped
public class RegelsetRegister {
    private final Map<Regeling, Regelset> actief = new ConcurrentHashMap<>();
    private final MultiGauge actieveVersies;

    public RegelsetRegister(MeterRegistry metingen) {
        this.actieveVersies = MultiGauge.builder("indicatiewijzer.regelset.actief")
                .description("De actieve versie per regeling (waarde 1)").register(metingen);
    }

    public Regelset actief(Regeling regeling) {
        return actief.get(regeling);
    }

    /** @return the version that was active before, or null */
    public synchronized Regelset activeer(Regelset regelset) {
        Regelset vorige = actief.put(regelset.regeling(), regelset);
        actieveVersies.register(actief.values().stream().map(r -> MultiGauge.Row.of(
                Tags.of("regeling", r.regeling().code(), "versie", r.versie()), 1)).toList(), true);
        return vorige;
    }
}
