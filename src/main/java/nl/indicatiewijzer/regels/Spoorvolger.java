package nl.indicatiewijzer.regels;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Collects the justification from the rules that actually fire: each rule's {@code @tekst},
 * {@code @bron}, {@code @soort} and {@code @optie} metadata, with {placeholders} filled from the
 * rule's bound variables. Also remembers which rule inserted which fact, so a referral can carry
 * the sentence of the rule that made it.
 */
public final class Spoorvolger {
    private final Function<Rule, Regelmeta> metaVan;
    private final List<Regelspoor> sporen = new ArrayList<>();
    private final Map<Object, Regelspoor> herkomst = new IdentityHashMap<>();
    private Regelspoor lopend;

    private final AgendaEventListener agenda = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            lopend = spoor(event.getMatch());
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            if (lopend != null && lopend.tekst() != null) {
                sporen.add(lopend);
            }
            lopend = null;
        }
    };

    private final RuleRuntimeEventListener feiten = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (lopend != null) {
                herkomst.put(event.getObject(), lopend);
            }
        }
    };

    Spoorvolger(Function<Rule, Regelmeta> metaVan) {
        this.metaVan = metaVan;
    }

    void volg(KieSession sessie) {
        sessie.addEventListener(agenda);
        sessie.addEventListener(feiten);
    }

    /** Before a pooled session goes back: it must not report to this advice's justification again. */
    void stop(KieSession sessie) {
        sessie.removeEventListener(agenda);
        sessie.removeEventListener(feiten);
    }

    public List<Regelspoor> sporen() {
        return sporen;
    }

    /** The justification line of the rule that inserted this fact, if that rule has one. */
    public Regelspoor herkomstVan(Object feit) {
        return herkomst.get(feit);
    }

    private Regelspoor spoor(Match match) {
        Rule rule = match.getRule();
        Regelmeta meta = metaVan.apply(rule);
        Function<String, Object> waarden = meta.letterlijk() ? null : waarden(match);
        return new Regelspoor(meta.soort(), meta.regel() != null ? meta.regel() : rule.getName(),
                ingevuld(meta.tekst(), waarden), meta.bron(), ingevuld(meta.optie(), waarden), meta.tabelrij());
    }

    private static String ingevuld(String sjabloon, Function<String, Object> waarden) {
        return sjabloon == null || waarden == null ? sjabloon : Tekstinvulling.vul(sjabloon, waarden);
    }

    /** A placeholder {naam} takes the value of the rule's variable $naam, or else naam; the names are read once, when needed. */
    private static Function<String, Object> waarden(Match match) {
        return new Function<>() {
            private List<String> ids;

            @Override
            public Object apply(String naam) {
                if (ids == null) {
                    ids = match.getDeclarationIds();
                }
                String zonderDollar = null;
                for (String id : ids) {
                    if (isVariabele(id, naam)) {
                        return match.getDeclarationValue(id);
                    }
                    if (id.equals(naam)) {
                        zonderDollar = id;
                    }
                }
                return zonderDollar == null ? null : match.getDeclarationValue(zonderDollar);
            }
        };
    }

    private static boolean isVariabele(String id, String naam) {
        return id.length() == naam.length() + 1 && id.charAt(0) == '$' && id.regionMatches(1, naam, 0, naam.length());
    }
}
