package nl.indicatiewijzer.scenario;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.indicatiewijzer.regels.Regelbestand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every scenario file beside the rules against the HTTP endpoint, as an intake worker would
 * send it, and checks what the scenario's {@code verwacht} names (the same check the service runs on
 * an uploaded candidate).
 */
@QuarkusTest
class ScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Scenario> scenarios() throws IOException {
        return alle().stream();
    }

    /** Every case of every {@code rules/<regeling>/scenarios/*.yaml}. */
    static List<Scenario> alle() throws IOException {
        List<Scenario> alle = new ArrayList<>();
        try (Stream<Path> paden = Files.walk(Path.of("rules"))) {
            for (Path p : paden.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                alle.addAll(Scenario.uit(new Regelbestand(p.toString(), Files.readAllBytes(p))));
            }
        }
        return alle;
    }

    @Test
    void elkeScenarioNaamIsUniekEnEenZin() throws IOException {
        List<String> namen = alle().stream().map(Scenario::naam).toList();
        assertEquals(namen.size(), namen.stream().distinct().count(), "dubbele scenarionamen");
        namen.forEach(n -> assertTrue(n.split(" ").length >= 4 && Character.isUpperCase(n.charAt(0)), "geen zin: " + n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(Scenario s) throws Exception {
        var antwoord = given().auth().preemptive().basic("intake", "intake")
                .contentType("application/json").body(JSON.writeValueAsString(s.verzoek()))
                .when().post("/api/v1/adviezen");
        JsonNode advies = JSON.readTree(antwoord.asString());
        List<Afwijking> afwijkingen = Verwachting.toets(s.verwacht(), antwoord.statusCode(), advies);
        assertTrue(afwijkingen.isEmpty(), s.bestand() + ": " + s.naam() + "\n"
                + afwijkingen.stream().map(Afwijking::toString).collect(Collectors.joining("\n")) + "\n" + advies.toPrettyString());
    }
}
