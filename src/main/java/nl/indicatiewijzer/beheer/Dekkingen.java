package nl.indicatiewijzer.beheer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.scenario.Dekking;
import nl.indicatiewijzer.scenario.Scenario;
import nl.indicatiewijzer.scenario.Scenarioloper;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.versies.Regelsets;
import nl.indicatiewijzer.versies.Versieopslag;

/**
 * The coverage of any stored version: its scenario cases run on it once, counted, and kept for the next
 * question (a version's files and cases never change). Never on the path of an advice.
 */
@ApplicationScoped
public class Dekkingen {
    private static final int BEWAARD = 10;
    private final Regelsets regelsets;
    private final Versieopslag opslag;
    private final Scenarioloper scenarioloper;
    private final Map<String, Dekking> berekend = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Dekking> oudste) {
            return size() > BEWAARD;
        }
    };

    public Dekkingen(Regelsets regelsets, Versieopslag opslag, Scenarioloper scenarioloper) {
        this.regelsets = regelsets;
        this.opslag = opslag;
        this.scenarioloper = scenarioloper;
    }

    public Dekking van(Regeling regeling, String versie) {
        if (opslag.versie(versie).filter(v -> v.regeling().equals(regeling.code())).isEmpty()) {
            throw new NietBeschikbaarException(404, "Onbekende versie", "Regeling " + regeling.code() + " heeft geen versie " + versie + ".");
        }
        synchronized (berekend) {
            Dekking bekend = berekend.get(versie);
            if (bekend != null) {
                return bekend;
            }
        }
        List<Scenario> gevallen = new ArrayList<>();
        for (Regelbestand bestand : regelsets.scenarios(versie)) {
            try {
                gevallen.addAll(Scenario.uit(bestand));
            } catch (Scenario.OngeldigScenariobestand e) {
                // the validation report of this version names the file; its cases test nothing
            }
        }
        Dekking dekking = scenarioloper.dekking(regelsets.versie(regeling, versie), gevallen);
        synchronized (berekend) {
            berekend.put(versie, dekking);
        }
        return dekking;
    }
}
