package nl.indicatiewijzer.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One case of a scenario file: a sentence, a request, and what a policy expert expects. */
record Scenario(String bestand, String naam, JsonNode verzoek, JsonNode verwacht) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Every case of every {@code rules/<regeling>/scenarios/*.yaml}. */
    static List<Scenario> alle() {
        List<Scenario> alle = new ArrayList<>();
        try (Stream<Path> paden = Files.walk(Path.of("rules"))) {
            for (Path p : paden.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode geval : YAML.readTree(p.toFile())) {
                    alle.add(new Scenario(p.toString(), geval.path("naam").asText(), geval.get("verzoek"), geval.get("verwacht")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return alle;
    }

    @Override
    public String toString() {
        return naam;
    }
}
