package nl.indicatiewijzer.versies;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * A readiness check per regeling: ready once its rule set is built and active, so an instance gets
 * traffic only when it can decide for every regeling. That the store answers is Agroal's own check.
 */
@ApplicationScoped
public class Regelsetgereedheid {
    void registreer(@Observes StartupEvent start, @Readiness HealthRegistry gereedheid, RegelsetRegister register) {
        for (Regeling regeling : Regeling.values()) {
            String naam = "regelset " + regeling.code();
            gereedheid.register(naam, () -> {
                Regelset actief = register.actief(regeling);
                return actief == null ? HealthCheckResponse.down(naam)
                        : HealthCheckResponse.named(naam).up().withData("versie", actief.versie()).build();
            });
        }
    }
}
