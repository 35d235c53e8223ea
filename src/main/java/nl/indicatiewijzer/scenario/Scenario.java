package nl.indicatiewijzer.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.regels.Regelbestand;

/** One case of a scenario file: a sentence, a request, and what a policy expert expects. */
public record Scenario(String bestand, String naam, JsonNode verzoek, JsonNode verwacht) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * The cases of one scenario file.
     *
     * @throws OngeldigScenariobestand when it is no YAML list of cases with naam, verzoek and verwacht
     */
    public static List<Scenario> uit(Regelbestand bestand) {
        JsonNode lijst;
        try {
            lijst = YAML.readTree(bestand.inhoud());
        } catch (IOException e) {
            throw new OngeldigScenariobestand(bestand.pad() + ": geen geldige YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (lijst == null || !lijst.isArray()) {
            throw new OngeldigScenariobestand(bestand.pad() + ": verwacht een lijst van gevallen (- naam: ...)");
        }
        List<Scenario> gevallen = new ArrayList<>();
        for (JsonNode geval : lijst) {
            if (!geval.path("naam").isTextual() || !geval.path("verzoek").isObject() || !geval.path("verwacht").isObject()) {
                throw new OngeldigScenariobestand(bestand.pad() + ", geval " + (gevallen.size() + 1)
                        + ": elk geval heeft een naam (een zin), een verzoek en een verwacht");
            }
            gevallen.add(new Scenario(bestand.pad(), geval.get("naam").asText(), geval.get("verzoek"), geval.get("verwacht")));
        }
        return gevallen;
    }

    @Override
    public String toString() {
        return naam;
    }

    public static class OngeldigScenariobestand extends RuntimeException {
        public OngeldigScenariobestand(String melding) {
            super(melding);
        }
    }
}
