package nl.indicatiewijzer.regels;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Collects the justification from the rules that actually fire: each rule's {@code @tekst},
 * {@code @bron}, {@code @soort} and {@code @optie} metadata, with {placeholders} filled from the
 * rule's bound variables. Also remembers which rule inserted which fact, so a referral can carry
 * the sentence of the rule that made it.
 */
public final class Spoorvolger {
    private final List<Regelspoor> sporen = new ArrayList<>();
    private final Map<Object, Regelspoor> herkomst = new IdentityHashMap<>();
    private Regelspoor lopend;

    public void volg(KieSession sessie) {
        sessie.addEventListener(new DefaultAgendaEventListener() {
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
        });
        sessie.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (lopend != null) {
                    herkomst.put(event.getObject(), lopend);
                }
            }
        });
    }

    public List<Regelspoor> sporen() {
        return sporen;
    }

    /** The justification line of the rule that inserted this fact, if that rule has one. */
    public Regelspoor herkomstVan(Object feit) {
        return herkomst.get(feit);
    }

    private static Regelspoor spoor(Match match) {
        Rule rule = match.getRule();
        Map<String, Object> meta = rule.getMetaData();
        String sjabloon = tekst(meta.get("tekst"));
        String tekst = sjabloon == null ? null : Tekstinvulling.vul(sjabloon, naam -> waarde(match, naam));
        String soort = tekst(meta.get("soort"));
        String optie = tekst(meta.get("optie"));
        return new Regelspoor(soort == null ? Regelspoor.MOTIVERING : soort, rule.getName(), tekst,
                tekst(meta.get("bron")), optie == null ? null : Tekstinvulling.vul(optie, naam -> waarde(match, naam)));
    }

    private static Object waarde(Match match, String naam) {
        List<String> ids = match.getDeclarationIds();
        if (ids.contains("$" + naam)) {
            return match.getDeclarationValue("$" + naam);
        }
        return ids.contains(naam) ? match.getDeclarationValue(naam) : null;
    }

    private static String tekst(Object metawaarde) {
        if (metawaarde == null) {
            return null;
        }
        String s = metawaarde.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }
}
