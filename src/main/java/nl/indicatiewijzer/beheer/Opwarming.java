package nl.indicatiewijzer.beheer;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.advies.AdviesService;
import nl.indicatiewijzer.advies.Verzoeklezer;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.scenario.Scenario;
import nl.indicatiewijzer.systeem.Naastelkaar;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.versies.Regelsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Before the service answers, after the roll-out: the first case of each scenario file of the version of each
 * regeling in force today goes through the advice's own steps (read, validate, decide, write the answer), in the
 * process, storing nothing. Drools compiles a constraint on its first use, and a version read from the bouwcache has
 * compiled none: without this, the first mlw-mer advice after a restart took 0.9 s (README, "Snelheid"). All cases
 * would cover more and took 2.4 s of start-up. Going through {@link AdviesService} also creates it, with its meters,
 * before the first request instead of during it.
 */
@ApplicationScoped
class Opwarming {
    private static final Logger LOG = Logger.getLogger(Opwarming.class);

    void warmOp(@Observes @Priority(ObserverMethod.DEFAULT_PRIORITY + 100) StartupEvent start, Regelsets regelsets, AdviesService adviezen,
            @ConfigProperty(name = "indicatiewijzer.opwarmen", defaultValue = "true") boolean aan) {
        if (!aan) {
            return;
        }
        long begin = System.nanoTime();
        try {
            Naastelkaar.voorElk("opwarming", List.of(Regeling.values()), regeling -> warmOp(regeling, regelsets, adviezen));
            LOG.infof("Regelsets opgewarmd met hun voorbeeldgevallen in %d ms", (System.nanoTime() - begin) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warnf("Opwarmen niet afgemaakt (%s); de eerste adviezen wachten dan op Drools", e.getClass().getSimpleName());
        }
    }

    private static void warmOp(Regeling regeling, Regelsets regelsets, AdviesService adviezen) {
        Regelset vandaag = regelsets.op(regeling, LocalDate.now());
        if (vandaag == null) {
            return;
        }
        List<Scenario> eerste = new ArrayList<>();
        for (Regelbestand bestand : regelsets.scenarios(vandaag.versie())) {
            try {
                Scenario.uit(bestand).stream().filter(s -> Verzoeklezer.regelingVan(s.verzoek()) == regeling).findFirst().ifPresent(eerste::add);
            } catch (Scenario.OngeldigScenariobestand e) {
                // the version's validation report names the file
            }
        }
        for (Scenario geval : eerste) {
            try {
                adviezen.proef(geval.verzoek().toString());
            } catch (OngeldigVerzoekException | NietBeschikbaarException e) {
                // a case that shows a refusal: refused here too
            }
        }
    }
}
