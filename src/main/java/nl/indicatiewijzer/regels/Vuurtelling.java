package nl.indicatiewijzer.regels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.indicatiewijzer.beslistabel.Drlschrijver;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * How often each rule of one rule set fired over a series of runs: asked for by the scenario runs only,
 * never by a production advice. {@link #regels} lists every rule of the rule set, also the ones that
 * never fired (count 0), by package and name, with the rule file a person finds it in.
 */
public final class Vuurtelling {
    private final Map<String, AtomicInteger> aantallen = new ConcurrentHashMap<>();

    final AgendaEventListener luisteraar = new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Rule regel = event.getMatch().getRule();
            aantallen.computeIfAbsent(sleutel(regel.getPackageName(), regel.getName()), k -> new AtomicInteger()).incrementAndGet();
        }
    };

    /**
     * One rule of the rule set: {@code regelbestand} the file it was read from (e.g. rules/algemeen/afbakening.drl),
     * {@code beslistabel} the file name of its table, null for a rule written in DRL.
     */
    public record Regeltelling(String pakket, String naam, String regelbestand, String beslistabel, int aantal) {
    }

    public int aantal(String pakket, String naam) {
        AtomicInteger n = aantallen.get(sleutel(pakket, naam));
        return n == null ? 0 : n.get();
    }

    /** Every rule in the KieBase of {@code regelset}, sorted by package and name, with how often it fired here. */
    public List<Regeltelling> regels(Regelset regelset) {
        List<Regeltelling> regels = new ArrayList<>();
        regelset.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            Object tabel = r.getMetaData().get(Drlschrijver.BESLISTABEL);
            String bestand = r instanceof RuleImpl impl && impl.getResource() != null ? impl.getResource().getSourcePath() : null;
            regels.add(new Regeltelling(r.getPackageName(), r.getName(), bestand, tabel == null ? null : Regelmeta.tekst(tabel),
                    aantal(r.getPackageName(), r.getName())));
        }));
        regels.sort(Comparator.comparing(Regeltelling::pakket).thenComparing(Regeltelling::naam));
        return regels;
    }

    private static String sleutel(String pakket, String naam) {
        return pakket + "\u0000" + naam;
    }
}
