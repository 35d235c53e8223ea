package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.scenario.Scenario;

/**
 * Which example cases changed between two versions, case by case: the scenarios decide whether a
 * candidate may be activated, so the colleague who activates sees every case added, removed or
 * changed, with its request and expectation before and after.
 */
public final class Scenarioverschil {
    private Scenarioverschil() {
    }

    /** One case (by file and sentence) that was added, removed or changed; {@code oud}/{@code nieuw} hold verzoek and verwacht. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Wijziging(String bestand, String naam, String wijziging, JsonNode oud, JsonNode nieuw) {
        long tekens() {
            return (oud == null ? 0 : oud.toString().length()) + (nieuw == null ? 0 : nieuw.toString().length());
        }
    }

    static List<Wijziging> tussen(List<Regelbestand> oud, List<Regelbestand> nieuw) {
        Map<String, Scenario> a = gevallen(oud);
        Map<String, Scenario> b = gevallen(nieuw);
        List<Wijziging> uit = new ArrayList<>();
        onleesbaar(nieuw, uit);
        b.forEach((sleutel, geval) -> {
            Scenario was = a.get(sleutel);
            if (was == null) {
                uit.add(new Wijziging(geval.bestand(), geval.naam(), "toegevoegd", null, inhoud(geval)));
            } else if (!inhoud(was).equals(inhoud(geval))) {
                uit.add(new Wijziging(geval.bestand(), geval.naam(), "gewijzigd", inhoud(was), inhoud(geval)));
            }
        });
        a.forEach((sleutel, geval) -> {
            if (!b.containsKey(sleutel)) {
                uit.add(new Wijziging(geval.bestand(), geval.naam(), "verwijderd", inhoud(geval), null));
            }
        });
        return uit;
    }

    /** The cases by file, sentence and occurrence (a sentence may repeat in a file). */
    private static Map<String, Scenario> gevallen(List<Regelbestand> bestanden) {
        Map<String, Scenario> gevallen = new LinkedHashMap<>();
        for (Regelbestand bestand : bestanden) {
            try {
                for (Scenario s : Scenario.uit(bestand)) {
                    int keer = 1;
                    while (gevallen.putIfAbsent(bestand.pad() + "\n" + s.naam() + "\n" + keer, s) != null) {
                        keer++;
                    }
                }
            } catch (Scenario.OngeldigScenariobestand e) {
                // an unreadable file is reported as such by onleesbaar
            }
        }
        return gevallen;
    }

    private static void onleesbaar(List<Regelbestand> bestanden, List<Wijziging> uit) {
        for (Regelbestand bestand : bestanden) {
            try {
                Scenario.uit(bestand);
            } catch (Scenario.OngeldigScenariobestand e) {
                uit.add(new Wijziging(bestand.pad(), null, "onleesbaar", null, null));
            }
        }
    }

    private static JsonNode inhoud(Scenario geval) {
        ObjectNode inhoud = JsonNodeFactory.instance.objectNode();
        inhoud.set("verzoek", geval.verzoek());
        inhoud.set("verwacht", geval.verwacht());
        return inhoud;
    }
}
