package nl.indicatiewijzer.beheer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beheer.tabel.Celcontrole;
import nl.indicatiewijzer.beheer.tabel.Structuurslot;
import nl.indicatiewijzer.beheer.tabel.Tabelanalyse;
import nl.indicatiewijzer.beheer.tabel.Werkmap;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.Bouwcache;
import nl.indicatiewijzer.regels.RegelsetBouwer;
import nl.indicatiewijzer.regels.RegelsetFout;
import nl.indicatiewijzer.scenario.Scenario;
import nl.indicatiewijzer.scenario.Scenarioloper;
import nl.indicatiewijzer.scenario.Scenarioresultaat;

/**
 * Puts uploaded files over the active version and checks the result the way policy staff need it:
 * structure lock, cell values, compile errors by cell, the table analysis, and the regeling's scenario
 * cases against the built candidate.
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
            List<Bevinding> fouten, List<Bevinding> waarschuwingen, Regelset regelset, Scenarioresultaat scenarioresultaat) {

        public boolean activeerbaar() {
            return fouten.isEmpty() && regelset != null && scenarioresultaat.mislukt() == 0;
        }
    }

    public Uitslag controleer(Regelset actief, List<Regelbestand> actieveScenarios, List<Upload> uploads) {
        String code = actief.regeling().code();
        Map<String, Regelbestand> bestanden = Regelbestand.perPad(actief.bestanden());
        Map<String, Regelbestand> scenarios = Regelbestand.perPad(actieveScenarios);
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
            controleerTabel(oud, new Regelbestand(pad, u.inhoud()), fouten, waarschuwingen);
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
        if (fouten.isEmpty()) {
            try {
                regelset = bouwer.bouw(actief.regeling(), List.copyOf(bestanden.values()), actief.eigenRegels());
                resultaat = scenarioloper.draai(regelset, gevallen);
            } catch (RegelsetFout e) {
                e.fouten().forEach(f -> fouten.add(Bevinding.van(f)));
            }
        }
        return new Uitslag(List.copyOf(bestanden.values()), List.copyOf(scenarios.values()), gewijzigd, fouten,
                waarschuwingen, regelset, resultaat);
    }

    private static void controleerTabel(Regelbestand oud, Regelbestand nieuw, List<Bevinding> fouten, List<Bevinding> waarschuwingen) {
        Werkmap actief;
        Werkmap werkmap;
        try {
            actief = Werkmap.lees(oud.pad(), oud.inhoud());
            werkmap = Werkmap.lees(nieuw.pad(), nieuw.inhoud());
        } catch (IOException | RuntimeException e) {
            throw Uploadcontrole.ongeldig("bestanden", "'" + nieuw.naam() + "' is geen leesbare Excel-werkmap (.xlsx); open en bewaar het opnieuw in Excel of LibreOffice");
        }
        List<Bevinding> structuur = Structuurslot.vergelijk(actief, werkmap);
        fouten.addAll(structuur);
        if (structuur.isEmpty()) {
            for (Werkmap.Blad blad : werkmap.bladen()) {
                List<Bevinding> cellen = Celcontrole.controleer(nieuw.pad(), blad, actief.blad(blad.naam()).orElse(null));
                fouten.addAll(cellen);
                if (cellen.isEmpty()) {
                    waarschuwingen.addAll(Tabelanalyse.analyseer(nieuw.pad(), blad));
                }
            }
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
