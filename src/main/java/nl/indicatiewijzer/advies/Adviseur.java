package nl.indicatiewijzer.advies;

import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.regels.Beslisser;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.Uitvoering;
import nl.indicatiewijzer.regels.Vuurtelling;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;

/**
 * The one way a rule set turns a client situation into an advice: for the endpoint, a candidate's
 * scenario cases, replays, impact analyses, the scenario tests and the benchmarks.
 */
public final class Adviseur {
    private Adviseur() {
    }

    /** As the endpoint answers: a regeling without rules of its own answers only what the general scoping settles (501). */
    public static Advies beantwoord(Regelset regelset, Clientsituatie situatie) {
        return beantwoord(regelset, situatie, null);
    }

    /** The same, counting each rule that fires in {@code telling} (the scenario runs; null for a production advice). */
    public static Advies beantwoord(Regelset regelset, Clientsituatie situatie, Vuurtelling telling) {
        Uitvoering uitvoering = Beslisser.voerUit(regelset, situatie, telling);
        if (!regelset.eigenRegels() && !uitvoering.isAfgebakend()) {
            throw new NietBeschikbaarException(501, "Regeling nog niet beschikbaar",
                    "De productregels van regeling " + regelset.regeling().code() + " zijn nog niet ingebouwd; alleen de "
                            + "algemene afbakening (Jeugdwet, Wlz, Zvw, voorliggende voorzieningen) is beschikbaar.");
        }
        return AdviesSamensteller.stel(regelset, situatie, uitvoering);
    }

    /** What the rules advise, also where the endpoint would answer 501: a replay compares it with what was answered. */
    public static Advies adviseer(Regelset regelset, Clientsituatie situatie) {
        return AdviesSamensteller.stel(regelset, situatie, Beslisser.voerUit(regelset, situatie));
    }
}
