package nl.indicatiewijzer.advies;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.systeem.OngeldigeParameter;
import org.junit.jupiter.api.Test;

/**
 * The request schema has one source, the annotated classes in advies/verzoek. The served OpenAPI
 * document names exactly their fields, and the validation accepts what the document allows and
 * refuses what it does not, field by field: every enum value, both ends of every range, every
 * length, every required field, every unknown field. A hand-written schema or a validation rule
 * that is not in the classes makes this fail.
 */
@QuarkusTest
class VerzoekschemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void hetDocumentNoemtPreciesDeVeldenVanDeKlassen() throws Exception {
        JsonNode schemas = schemas();
        List<Class<?>> klassen = new ArrayList<>(List.of(Clientsituatie.class));
        for (int i = 0; i < klassen.size(); i++) {
            Class<?> klasse = klassen.get(i);
            JsonNode schema = schemas.path(klasse.getSimpleName());
            Set<String> velden = new TreeSet<>();
            Set<String> verplicht = new TreeSet<>();
            for (Field f : klasse.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                velden.add(f.getName());
                if (f.isAnnotationPresent(NotNull.class)) {
                    verplicht.add(f.getName());
                }
                Class<?> soort = f.getGenericType() instanceof ParameterizedType p && p.getRawType() == List.class
                        ? (Class<?>) p.getActualTypeArguments()[0] : f.getType();
                if (soort.getPackage() == klasse.getPackage() && !klassen.contains(soort)) {
                    klassen.add(soort);
                }
            }
            Set<String> beschreven = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(beschreven::add);
            assertEquals(velden, beschreven, klasse.getSimpleName());
            Set<String> vereist = new TreeSet<>();
            schema.path("required").forEach(n -> vereist.add(n.asText()));
            assertEquals(verplicht, vereist, klasse.getSimpleName() + ".required");
            assertFalse(schema.path("additionalProperties").asBoolean(true), klasse.getSimpleName() + " laat onbekende velden niet toe");
            schema.path("properties").forEach(p -> assertFalse(p.path("description").asText().isBlank(), klasse.getSimpleName() + ": " + p));
        }
        assertEquals(10, klassen.size(), "Clientsituatie en haar negen onderdelen");
    }

    @Test
    void deValidatieAanvaardtWatHetDocumentToestaatEnWeigertDeRest() throws Exception {
        JsonNode schemas = schemas();
        JsonNode clientsituatie = schemas.path("Clientsituatie");
        ObjectNode minimaal = (ObjectNode) geldig(schemas, clientsituatie);
        assertGeldig(minimaal, "het kleinste verzoek");
        toetsObject(schemas, clientsituatie, "", v -> (ObjectNode) v);
    }

    private void toetsObject(JsonNode schemas, JsonNode schema, String pad, Function<JsonNode, ObjectNode> plaats) {
        ObjectNode basis = (ObjectNode) geldig(schemas, schema);
        assertFout(plaats.apply(basis.deepCopy().put("onbekendVeld", true)), kind(pad, "onbekendVeld"));
        schema.path("required").forEach(n -> {
            ObjectNode zonder = basis.deepCopy();
            zonder.remove(n.asText());
            assertFout(plaats.apply(zonder), kind(pad, n.asText()));
        });
        schema.path("properties").properties().forEach(e -> toetsVeld(schemas, e.getValue(), kind(pad, e.getKey()),
                v -> plaats.apply(basis.deepCopy().set(e.getKey(), v))));
    }

    private void toetsVeld(JsonNode schemas, JsonNode veld, String pad, Function<JsonNode, ObjectNode> plaats) {
        JsonNode s = deref(schemas, veld);
        assertGeldig(plaats.apply(geldig(schemas, s)), pad);
        if (s.has("enum")) {
            s.path("enum").forEach(w -> assertGeldig(plaats.apply(w), pad + " = " + w));
            assertFout(plaats.apply(JSON.getNodeFactory().textNode("GEEN_BESTAANDE_WAARDE")), pad);
        } else if (s.has("properties")) {
            toetsObject(schemas, s, pad, plaats);
        } else if (s.has("propertyNames")) {
            JsonNode waarde = geldig(schemas, deref(schemas, s.path("additionalProperties")));
            deref(schemas, s.path("propertyNames")).path("enum").forEach(k -> assertGeldig(plaats.apply(JSON.createObjectNode()
                    .set(k.asText(), waarde)), pad + "." + k.asText()));
            assertFout(plaats.apply(JSON.createObjectNode().set("GEEN_BESTAANDE_SLEUTEL", waarde)), pad + ".GEEN_BESTAANDE_SLEUTEL");
            String sleutel = deref(schemas, s.path("propertyNames")).path("enum").get(0).asText();
            toetsVeld(schemas, s.path("additionalProperties"), pad + "." + sleutel, v -> plaats.apply(JSON.createObjectNode().set(sleutel, v)));
        } else if (s.path("type").asText().equals("array")) {
            JsonNode element = geldig(schemas, deref(schemas, s.path("items")));
            int maximum = s.path("maxItems").asInt();
            assertTrue(maximum > 0, pad + " heeft een grootste aantal elementen");
            assertGeldig(plaats.apply(lijst(element, maximum)), pad + " met " + maximum);
            assertFout(plaats.apply(lijst(element, maximum + 1)), pad);
            toetsVeld(schemas, s.path("items"), pad + "[0]", v -> plaats.apply(lijst(v, 1)));
        } else if (s.path("type").asText().equals("integer") || s.path("type").asText().equals("number")) {
            assertTrue(s.has("minimum") && s.has("maximum"), pad + " heeft een bereik");
            assertGeldig(plaats.apply(s.path("minimum")), pad + " = minimum");
            assertGeldig(plaats.apply(s.path("maximum")), pad + " = maximum");
            assertFout(plaats.apply(JSON.getNodeFactory().numberNode(s.path("minimum").asDouble() - 1)), pad);
            assertFout(plaats.apply(JSON.getNodeFactory().numberNode(s.path("maximum").asDouble() + 1)), pad);
            assertFout(plaats.apply(JSON.getNodeFactory().textNode("1")), pad);
            if (s.path("type").asText().equals("integer")) {
                assertFout(plaats.apply(JSON.getNodeFactory().numberNode(s.path("minimum").asDouble() + 0.5)), pad);
            }
        } else if (s.path("type").asText().equals("boolean")) {
            assertFout(plaats.apply(JSON.getNodeFactory().textNode("ja")), pad);
        } else if (s.path("format").asText().equals("date")) {
            assertFout(plaats.apply(JSON.getNodeFactory().textNode("2027-02-30")), pad);
        } else {
            int maximum = s.path("maxLength").asInt();
            assertTrue(maximum > 0, pad + " heeft een grootste lengte");
            assertGeldig(plaats.apply(JSON.getNodeFactory().textNode("x".repeat(maximum))), pad + " met " + maximum + " tekens");
            assertFout(plaats.apply(JSON.getNodeFactory().textNode("x".repeat(maximum + 1))), pad);
            assertFout(plaats.apply(JSON.getNodeFactory().numberNode(5)), pad);
        }
    }

    /** A value the schema allows: the first choice, the smallest number, an object with what it requires. */
    private static JsonNode geldig(JsonNode schemas, JsonNode schema) {
        JsonNode s = deref(schemas, schema);
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        if (s.has("properties")) {
            ObjectNode object = JSON.createObjectNode();
            s.path("required").forEach(n -> object.set(n.asText(), geldig(schemas, s.path("properties").path(n.asText()))));
            return object;
        }
        return switch (s.path("type").asText()) {
            case "object" -> JSON.createObjectNode();
            case "array" -> lijst(geldig(schemas, s.path("items")), 1);
            case "integer", "number" -> s.path("minimum");
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            default -> s.has("examples") ? s.path("examples").get(0) : JSON.getNodeFactory().textNode("x");
        };
    }

    private static JsonNode deref(JsonNode schemas, JsonNode schema) {
        return schema.has("$ref") ? schemas.path(schema.path("$ref").asText().replace("#/components/schemas/", "")) : schema;
    }

    private static ArrayNode lijst(JsonNode element, int aantal) {
        ArrayNode lijst = JSON.createArrayNode();
        for (int i = 0; i < aantal; i++) {
            lijst.add(element.deepCopy());
        }
        return lijst;
    }

    private static String kind(String pad, String naam) {
        return pad.isEmpty() ? naam : pad + "." + naam;
    }

    private static void assertGeldig(JsonNode verzoek, String wat) {
        List<OngeldigeParameter> fouten = VerzoekValidator.valideer(verzoek, Clientsituatie.class);
        assertTrue(fouten.isEmpty(), wat + ": het document staat toe wat de validatie weigert: " + fouten + " in " + verzoek);
    }

    private static void assertFout(JsonNode verzoek, String pad) {
        List<OngeldigeParameter> fouten = VerzoekValidator.valideer(verzoek, Clientsituatie.class);
        assertTrue(fouten.stream().anyMatch(f -> f.name().equals(pad) || f.name().startsWith(pad + "[")),
                pad + ": de validatie aanvaardt wat het document weigert: " + verzoek + " gaf " + fouten);
    }

    private static JsonNode schemas() throws Exception {
        return JSON.readTree(given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString()).path("components").path("schemas");
    }
}
