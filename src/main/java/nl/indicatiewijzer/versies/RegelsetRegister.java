package nl.indicatiewijzer.versies;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;

/**
 * The rule sets in force per regeling: its {@link Tijdlijn} with the built version of each entry, and
 * nothing else (a superseded entry's KieBase can be collected). Activating replaces one reference
 * atomically: a request in flight keeps the Regelset it started with, the next one gets the new
 * timeline. The metric {@code indicatiewijzer.regelset.actief} names the version activated last of each
 * regeling (value 1).
 */
@ApplicationScoped
public class RegelsetRegister {
    private final Map<Regeling, Geldend> geldend = new ConcurrentHashMap<>();
    private final MultiGauge actieveVersies;

    /** A timeline with its built rule sets, by version. */
    private record Geldend(Tijdlijn tijdlijn, Map<String, Regelset> gebouwd) {
    }

    public RegelsetRegister(MeterRegistry metingen) {
        this.actieveVersies = MultiGauge.builder("indicatiewijzer.regelset.actief")
                .description("De laatst geactiveerde versie per regeling (waarde 1)").register(metingen);
    }

    /** The version activated last (what candidates are made on), or null before the roll-out. */
    public Regelset actief(Regeling regeling) {
        Geldend g = geldend.get(regeling);
        return g == null ? null : g.gebouwd().get(g.tijdlijn().laatste());
    }

    /** The version that decides an advice with this peildatum. */
    public Regelset op(Regeling regeling, LocalDate peildatum) {
        Geldend g = geldend.get(regeling);
        return g == null ? null : g.gebouwd().get(g.tijdlijn().versieOp(peildatum));
    }

    /** A version on the timeline, built, or null. */
    public Regelset opTijdlijn(Regeling regeling, String versie) {
        Geldend g = geldend.get(regeling);
        return g == null ? null : g.gebouwd().get(versie);
    }

    public Tijdlijn tijdlijn(Regeling regeling) {
        Geldend g = geldend.get(regeling);
        return g == null ? new Tijdlijn(java.util.List.of(), -1) : g.tijdlijn();
    }

    /** Puts a timeline in force; {@code gebouwd} holds a rule set for each of its versions. */
    public synchronized void zet(Regeling regeling, Tijdlijn tijdlijn, Map<String, Regelset> gebouwd) {
        Map<String, Regelset> nodig = new ConcurrentHashMap<>();
        for (String versie : tijdlijn.versies()) {
            Regelset r = gebouwd.get(versie);
            if (r == null) {
                throw new IllegalArgumentException("Versie " + versie + " van " + regeling.code() + " is niet gebouwd");
            }
            nodig.put(versie, r);
        }
        geldend.put(regeling, new Geldend(tijdlijn, Map.copyOf(nodig)));
        actieveVersies.register(geldend.entrySet().stream().map(e -> MultiGauge.Row.of(
                Tags.of("regeling", e.getKey().code(), "versie", e.getValue().tijdlijn().laatste()), 1)).toList(), true);
    }
}
