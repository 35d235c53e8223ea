package nl.indicatiewijzer.systeem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document covers every endpoint, and the official NL API Design Rules linter
 * (Spectral with the project's copy of the ruleset; {@code .ci/run} installs it) finds no error in it.
 */
@QuarkusTest
class OpenApiTest {
    private static final Path SPECTRAL = Path.of(".ci/spectral/node_modules/.bin/spectral");

    @Test
    void hetDocumentIsOpenbaarEnNoemtElkEndpoint() throws Exception {
        String tekst = given().get("/api/v1/openapi.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").header("API-Version", ApiVersie.VERSIE).extract().asString();
        JsonNode document = new ObjectMapper().readTree(tekst);
        assertEquals(ApiVersie.VERSIE, document.path("info").path("version").asText());
        Set<String> beschreven = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> beschreven.add(m.toUpperCase() + " /api/v1" + p.getKey())));
        Set<String> verwacht = new TreeSet<>(RollenTest.ENDPOINTS.keySet());
        verwacht.removeIf(e -> e.contains("/q/health"));
        assertEquals(verwacht, beschreven);
        assertEquals("#/components/schemas/Regeling",
                document.path("components").path("schemas").path("Clientsituatie").path("properties").path("regeling").path("$ref").asText());
        Files.writeString(Path.of("target/openapi.json"), tekst);
    }

    @Test
    void deOfficieleLinterVindtGeenFouten() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(SPECTRAL), "Spectral is niet geïnstalleerd; .ci/run installeert het");
        Path document = Path.of("target/openapi-gelint.json");
        Files.writeString(document, given().get("/api/v1/openapi.json").asString());
        Process p = new ProcessBuilder(SPECTRAL.toString(), "lint", "--ruleset", ".ci/spectral/nl-api-design-rules.yaml",
                "--fail-severity", "error", document.toString()).redirectErrorStream(true).start();
        String uitvoer = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), uitvoer);
        assertTrue(uitvoer.contains("No results with a severity of 'error'"), uitvoer);
    }
}
