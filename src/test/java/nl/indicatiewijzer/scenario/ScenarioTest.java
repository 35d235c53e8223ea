package nl.indicatiewijzer.scenario;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every scenario file beside the rules against the HTTP endpoint, as an intake worker would
 * send it, and checks what the scenario's {@code verwacht} names.
 */
@QuarkusTest
class ScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Scenario> scenarios() {
        return Scenario.alle().stream();
    }

    @Test
    void elkeScenarioNaamIsUniekEnEenZin() {
        List<String> namen = Scenario.alle().stream().map(Scenario::naam).toList();
        assertEquals(namen.size(), namen.stream().distinct().count(), "dubbele scenarionamen");
        namen.forEach(n -> assertTrue(n.split(" ").length >= 4 && Character.isUpperCase(n.charAt(0)), "geen zin: " + n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(Scenario s) throws Exception {
        JsonNode verwacht = s.verwacht();
        int status = verwacht.path("status").asInt(200);
        var antwoord = given().auth().preemptive().basic("intake", "intake")
                .contentType("application/json").body(JSON.writeValueAsString(s.verzoek()))
                .when().post("/api/v1/adviezen");
        JsonNode advies = JSON.readTree(antwoord.asString());
        String waar = s.bestand() + ": " + s.naam() + "\n" + advies.toPrettyString();
        assertEquals(status, antwoord.statusCode(), "status in " + waar);
        if (status != 200) {
            for (JsonNode veld : verwacht.path("invalidParams")) {
                assertTrue(namen(advies.path("invalidParams"), "name").contains(veld.asText()), "invalidParams mist " + veld + " in " + waar);
            }
            return;
        }
        if (verwacht.has("uitkomst")) {
            assertEquals(verwacht.get("uitkomst").asText(), advies.path("uitkomst").asText(), waar);
        }
        if (verwacht.has("verwijzing")) {
            assertEquals(verwacht.get("verwijzing").asText(), advies.path("verwijzing").path("naar").asText(), waar);
        }
        if (verwacht.has("perceel")) {
            assertEquals(verwacht.get("perceel").asInt(), advies.path("perceel").path("nummer").asInt(), waar);
        }
        if (verwacht.has("arrangement")) {
            deelVan(verwacht.get("arrangement"), advies.path("arrangement"), waar);
        }
        List<String> codes = namen(advies.path("producten"), "code");
        for (JsonNode product : verwacht.path("producten")) {
            String code = product.isTextual() ? product.asText() : product.path("code").asText();
            assertTrue(codes.contains(code), "product " + code + " ontbreekt in " + waar);
            if (product.isObject()) {
                deelVan(product, advies.path("producten").get(codes.indexOf(code)), waar);
            }
        }
        for (JsonNode code : verwacht.path("nietProducten")) {
            assertFalse(codes.contains(code.asText()), "product " + code.asText() + " had niet geadviseerd mogen worden in " + waar);
        }
        if (verwacht.path("geenKmKlasse").asBoolean(false)) {
            advies.path("producten").forEach(p -> assertFalse(p.has("kmKlasse"), "kmKlasse op " + p + " in " + waar));
        }
        for (JsonNode veld : verwacht.path("ontbrekend")) {
            assertTrue(namen(advies.path("ontbrekend"), null).contains(veld.asText()), "ontbrekend mist " + veld + " in " + waar);
        }
        for (JsonNode optie : verwacht.path("afgewezen")) {
            assertTrue(namen(advies.path("afgewezen"), "optie").contains(optie.asText()), "afgewezen mist " + optie + " in " + waar);
        }
        if (verwacht.has("waarschuwing")) {
            assertEquals(verwacht.get("waarschuwing").asBoolean(), advies.path("waarschuwingen").size() > 0, "waarschuwingen in " + waar);
        }
        elkeRegelHeeftZijnBron(advies, waar);
    }

    private static void elkeRegelHeeftZijnBron(JsonNode advies, String waar) {
        for (String lijst : List.of("motivering", "afgewezen", "waarschuwingen")) {
            for (JsonNode regel : advies.path(lijst)) {
                assertFalse(regel.path("bron").asText().isBlank(), "regel zonder bron in " + lijst + ": " + regel + " in " + waar);
                assertFalse(regel.path(lijst.equals("afgewezen") ? "reden" : "tekst").asText().contains("{"),
                        "niet ingevulde tekst: " + regel + " in " + waar);
            }
        }
    }

    private static void deelVan(JsonNode verwacht, JsonNode werkelijk, String waar) {
        verwacht.fields().forEachRemaining(e -> {
            JsonNode w = werkelijk.path(e.getKey());
            if (e.getValue().isNumber()) {
                assertTrue(w.isNumber() && w.decimalValue().compareTo(e.getValue().decimalValue()) == 0,
                        e.getKey() + " verwacht " + e.getValue() + ", kreeg " + w + " in " + waar);
            } else {
                assertEquals(e.getValue().asText(), w.asText(), e.getKey() + " in " + waar);
            }
        });
    }

    private static List<String> namen(JsonNode lijst, String veld) {
        List<String> namen = new ArrayList<>();
        lijst.forEach(n -> namen.add(veld == null ? n.asText() : n.path(veld).asText()));
        return namen;
    }
}
