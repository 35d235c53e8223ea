package nl.indicatiewijzer.regels;

import java.util.ArrayList;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.regels.feiten.Indicator;
import nl.indicatiewijzer.regels.feiten.Kenmerk;
import nl.indicatiewijzer.regels.feiten.Problematiek;
import org.kie.api.runtime.KieSession;

/**
 * Runs a rule set on one client situation, in a session of its own (sessions are not thread-safe;
 * the KieBase they come from is shared). The session comes from the rule set's pool and goes back
 * reset; one that failed is destroyed instead.
 */
public final class Beslisser {
    /** Far more firings than any case needs; reaching it means rules keep re-activating each other. */
    public static final int MAXIMUM_AANTAL_REGELS = 10_000;

    private Beslisser() {
    }

    public static Uitvoering voerUit(Regelset regelset, Clientsituatie situatie) {
        return voerUit(regelset, situatie, null);
    }

    /** The client situation and the facts read from it, as every decision starts. */
    public static void voegFeitenIn(KieSession sessie, Clientsituatie situatie) {
        sessie.insert(situatie);
        situatie.getLeefgebieden().forEach((gebied, ernst) -> sessie.insert(new Problematiek(gebied, ernst)));
        situatie.getKenmerkenComplex().stream().distinct().forEach(k -> sessie.insert(new Kenmerk(k)));
        situatie.getIndicatoren().forEach((naam, waarde) -> sessie.insert(new Indicator(naam, waarde.name())));
        situatie.getOphogingen().forEach(sessie::insert);
    }

    /** With a {@code telling} (scenario runs only), each rule that fires is also counted there. */
    public static Uitvoering voerUit(Regelset regelset, Clientsituatie situatie, Vuurtelling telling) {
        KieSession sessie = regelset.sessie();
        Spoorvolger spoor = new Spoorvolger(regelset::meta);
        spoor.volg(sessie);
        if (telling != null) {
            sessie.addEventListener(telling.luisteraar);
        }
        boolean gelukt = false;
        try {
            voegFeitenIn(sessie, situatie);
            int gevuurd = sessie.fireAllRules(MAXIMUM_AANTAL_REGELS);
            if (gevuurd >= MAXIMUM_AANTAL_REGELS) {
                throw new IllegalStateException("De regels van " + regelset.regeling() + " blijven elkaar activeren");
            }
            Uitvoering uitvoering = new Uitvoering(new ArrayList<>(sessie.getObjects()), spoor);
            gelukt = true;
            return uitvoering;
        } finally {
            spoor.stop(sessie);
            if (telling != null) {
                sessie.removeEventListener(telling.luisteraar);
            }
            if (gelukt) {
                sessie.dispose();
            } else {
                sessie.destroy();
            }
        }
    }
}
