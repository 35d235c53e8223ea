package nl.indicatiewijzer.beheer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beheer.tabel.Tabelanalyse;
import nl.indicatiewijzer.beslistabel.Tabelvertaling;
import nl.indicatiewijzer.regels.Bouwcache;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.RegelsetBouwer;
import nl.indicatiewijzer.regels.RegelsetFout;
import nl.indicatiewijzer.regels.Vuurtelling;
import nl.indicatiewijzer.scenario.Dekking;
import nl.indicatiewijzer.scenario.Scenario;
import nl.indicatiewijzer.scenario.Scenarioloper;
import nl.indicatiewijzer.scenario.Scenarioresultaat;

/**
 * Puts uploaded files over the active version and checks the result the way policy staff need it:
 * each table held to its released template (every cell outside the data rows equal, every data cell
 * a value of its column's type), the table analysis, and only then the build and the regeling's
 * scenario cases against the candidate, counting which rules and table rows they fire ({@link Dekking}).
 */
@ApplicationScoped
public class Kandidaatcontrole {
    private final Scenarioloper scenarioloper;
    private final RegelsetBouwer bouwer;

    public Kandidaatcontrole(Scenarioloper scenarioloper, Bouwcache cache) {
        this.scenarioloper = scenarioloper;
        this.bouwer = new RegelsetBouwer(cache);
    }

    /** The candidate: its files, its scenarios, what was found, and the built rule set when it builds. */
    public record Uitslag(List<Regelbestand> bestanden, List<Regelbestand> scenarios, List<String> gewijzigd,
            List<Bevinding> fouten, List<Bevinding> waarschuwingen, Regelset regelset, Scenarioresultaat scenarioresultaat,
            Dekking dekking) {

        public boolean activeerbaar() {
            return fouten.isEmpty() && regelset != null && scenarioresultaat.mislukt() == 0;
        }
    }

    public Uitslag controleer(Regelset actief, List<Regelbestand> actieveScenarios, List<Upload> uploads) {
        String code = actief.regeling().code();
        Map<String, Regelbestand> bestanden = Regelbestand.perPad(actief.bestanden());
        Map<String, Regelbestand> scenarios = Regelbestand.perPad(actieveScenarios);
        Map<String, Regelbestand> sjablonen = Regelbestand.perPad(actief.sjablonen());
        List<Bevinding> fouten = new ArrayList<>();
        List<Bevinding> waarschuwingen = new ArrayList<>();
        List<String> gewijzigd = new ArrayList<>();
        for (Upload u : uploads) {
            if (u.isScenariobestand()) {
                String pad = "rules/" + code + "/scenarios/" + u.naam();
                voegToe(scenarios, new Regelbestand(pad, u.inhoud()), gewijzigd);
                continue;
            }
            String pad = "decision-tables/" + code + "/" + u.naam();
            Regelbestand oud = bestanden.get(pad);
            if (oud == null) {
                fouten.add(Bevinding.bestand(Bevinding.Soort.STRUCTUUR, pad, "regeling " + code + " heeft geen tabel "
                        + u.naam() + "; alleen bestaande tabellen mogen worden gewijzigd (" + tabellen(bestanden) + ")"));
                continue;
            }
            controleerTabel(new Regelbestand(pad, u.inhoud()), sjablonen.get(pad), fouten, waarschuwingen);
            voegToe(bestanden, new Regelbestand(pad, u.inhoud()), gewijzigd);
        }
        List<Scenario> gevallen = new ArrayList<>();
        for (Regelbestand s : scenarios.values()) {
            try {
                gevallen.addAll(Scenario.uit(s));
            } catch (Scenario.OngeldigScenariobestand e) {
                fouten.add(Bevinding.bestand(Bevinding.Soort.SCENARIOBESTAND, s.pad(), e.getMessage()));
            }
        }
        Regelset regelset = null;
        Scenarioresultaat resultaat = null;
        Dekking dekking = null;
        if (fouten.isEmpty()) {
            try {
                regelset = bouwer.bouw(actief.regeling(), List.copyOf(bestanden.values()), actief.sjablonen(), actief.eigenRegels());
                Vuurtelling telling = new Vuurtelling();
                resultaat = scenarioloper.draai(regelset, gevallen, telling);
                dekking = Dekking.van(regelset, resultaat.geslaagd() + resultaat.mislukt(), telling);
                waarschuwingen.addAll(Ongetesterijen.van(actief.bestanden(), regelset.bestanden(), dekking));
            } catch (RegelsetFout e) {
                e.fouten().forEach(f -> fouten.add(Bevinding.van(f)));
            }
        }
        return new Uitslag(List.copyOf(bestanden.values()), List.copyOf(scenarios.values()), gewijzigd, fouten,
                waarschuwingen, regelset, resultaat, dekking);
    }

    /** The template-held reading of one uploaded table: its faults, or the analysis of its rows. */
    private static void controleerTabel(Regelbestand nieuw, Regelbestand sjabloon, List<Bevinding> fouten, List<Bevinding> waarschuwingen) {
        if (sjabloon == null) {
            fouten.add(Bevinding.bestand(Bevinding.Soort.STRUCTUUR, nieuw.pad(), "deze tabel heeft geen vrijgegeven versie "
                    + "(sjabloon); een nieuwe tabel voegt een ontwikkelaar toe"));
            return;
        }
        Tabelvertaling.Uitkomst uitkomst = Tabelvertaling.vertaal(nieuw.pad(), nieuw.inhoud(), sjabloon.inhoud());
        uitkomst.fouten().forEach(f -> fouten.add(Bevinding.van(nieuw.pad(), f)));
        if (uitkomst.gelukt()) {
            uitkomst.invulling().bladen().forEach(blad -> waarschuwingen.addAll(Tabelanalyse.analyseer(nieuw.pad(), blad)));
        }
    }

    private static void voegToe(Map<String, Regelbestand> bestanden, Regelbestand nieuw, List<String> gewijzigd) {
        Regelbestand oud = bestanden.put(nieuw.pad(), nieuw);
        if (oud == null || !Arrays.equals(oud.inhoud(), nieuw.inhoud())) {
            gewijzigd.add(nieuw.pad());
        }
    }


    private static String tabellen(Map<String, Regelbestand> bestanden) {
        return String.join(", ", bestanden.values().stream().filter(Regelbestand::isBeslistabel).map(Regelbestand::naam).toList());
    }
}
