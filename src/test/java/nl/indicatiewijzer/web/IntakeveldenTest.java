package nl.indicatiewijzer.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The intake form asks every field of the request and no other: intakevelden.js gives the order and
 * the labels, the served OpenAPI document everything else. A field added to the request classes
 * without a question on the form, or a question whose field is gone, makes this fail.
 */
@QuarkusTest
class IntakeveldenTest {
    private static final Path VELDEN = Path.of("src/main/resources/META-INF/resources/js/intakevelden.js");
    private static final Pattern VRAAG = Pattern.compile("\\[\"([A-Za-z0-9.]+)\", \"");
    private static final Pattern SCHAKELAAR = Pattern.compile("schakelaar: \\[\"([A-Za-z0-9]+)\"");

    @Test
    void hetFormulierVraagtElkVeldVanHetVerzoekEnGeenAnder() throws Exception {
        JsonNode schemas = new ObjectMapper().readTree(given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString())
                .path("components").path("schemas");
        Set<String> bladeren = new TreeSet<>();
        Set<String> objecten = new TreeSet<>();
        schemas.path("Clientsituatie").path("properties").properties().forEach(veld -> {
            JsonNode s = deref(schemas, veld.getValue());
            if (s.has("properties")) {
                objecten.add(veld.getKey());
                s.path("properties").fieldNames().forEachRemaining(kind -> bladeren.add(veld.getKey() + "." + kind));
            } else {
                bladeren.add(veld.getKey());
            }
        });
        String js = Files.readString(VELDEN);
        List<String> vragen = new ArrayList<>();
        for (Matcher m = VRAAG.matcher(js); m.find();) {
            vragen.add(m.group(1));
        }
        Set<String> schakelaars = new TreeSet<>();
        for (Matcher m = SCHAKELAAR.matcher(js); m.find();) {
            schakelaars.add(m.group(1));
        }
        vragen.removeAll(schakelaars);
        assertEquals(vragen.size(), new TreeSet<>(vragen).size(), "elke vraag één keer: " + vragen);
        assertEquals(bladeren, new TreeSet<>(vragen), "de vragen van het formulier tegen de velden van het verzoek");
        assertTrue(objecten.containsAll(schakelaars), "een schakelaar zet een object van het verzoek aan: " + schakelaars);
    }

    private static JsonNode deref(JsonNode schemas, JsonNode schema) {
        return schema.has("$ref") ? schemas.path(schema.path("$ref").asText().replace("#/components/schemas/", "")) : schema;
    }
}
