package nl.indicatiewijzer.advies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an intake team's case system meets at the edges of POST /api/v1/adviezen. */
@QuarkusTest
class AdviesResourceTest {
    private static final String VERZOEK = """
            {"regeling": "mlw-mer", "peildatum": "2027-03-01", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
             "perspectief": "ONTWIKKELING", "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"],
             "leefgebieden": {"FINANCIEN_ADMINISTRATIE": "MATIG"}}""";

    @Test
    void zonderAanmeldingIs401AlsProblemJson() {
        given().contentType("application/json").body(VERZOEK)
                .when().post("/api/v1/adviezen")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("status", equalTo(401)).body("title", notNullValue());
    }

    @Test
    void eenFoutWachtwoordIs401() {
        given().auth().preemptive().basic("intake", "geraden").contentType("application/json").body(VERZOEK)
                .when().post("/api/v1/adviezen").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void eenAuditorMagGeenAdviesVragen() {
        given().auth().preemptive().basic("auditor", "auditor").contentType("application/json").body(VERZOEK)
                .when().post("/api/v1/adviezen")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("intake"));
    }

    @Test
    void ongeldigeJsonIs400MetDePlekVanDeFout() {
        intake().body("{\"regeling\": \"mlw-mer\", \"leeftijd\": 38,")
                .when().post("/api/v1/adviezen")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].reason", containsString("geen geldige JSON"));
    }

    @Test
    void eenLeegVerzoekIs400() {
        intake().body("").when().post("/api/v1/adviezen").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void eenJsonLijstInPlaatsVanEenObjectIs400() {
        intake().body("[1, 2]").when().post("/api/v1/adviezen").then().statusCode(400).body("invalidParams.name", hasItem("(verzoek)"));
    }

    @Test
    void eenAnderContentTypeIs415AlsProblemJson() {
        given().auth().preemptive().basic("intake", "intake").contentType("text/plain").body(VERZOEK)
                .when().post("/api/v1/adviezen")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void eenOnbekendPadIs404AlsProblemJson() {
        given().when().get("/api/v1/bestaat-niet").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void elkAntwoordNoemtDeApiVersieEnDeRegelsetVersie() {
        intake().body(VERZOEK).when().post("/api/v1/adviezen")
                .then().statusCode(200).header("API-Version", "1.0.0")
                .body("regelsetVersie", matchesPattern("[0-9a-f]{64}"))
                .body("adviesId", matchesPattern("[0-9a-f-]{36}"))
                .body("motivering.bron", everyItem(containsString("002_9e08778fcfad97cb.txt")))
                .body("motivering.tekst", everyItem(not(containsString("{"))));
    }

    @Test
    void hetzelfdeVerzoekGeeftOpDezelfdeVersieHetzelfdeAntwoord() {
        Map<String, Object> eerste = advies().getMap("");
        Map<String, Object> tweede = advies().getMap("");
        assertNotEquals(eerste.remove("adviesId"), tweede.remove("adviesId"));
        eerste.remove("tijdstip");
        tweede.remove("tijdstip");
        assertEquals(eerste, tweede);
    }

    @Test
    void eenAdviesIdIsEenUuidVanVersie7MetDeMillisecondeVanHetTijdstipVoorop() throws InterruptedException {
        JsonPath eerste = advies();
        Thread.sleep(2);
        JsonPath tweede = advies();
        for (JsonPath advies : List.of(eerste, tweede)) {
            UUID id = UUID.fromString(advies.getString("adviesId"));
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            assertEquals(OffsetDateTime.parse(advies.getString("tijdstip")).toInstant().toEpochMilli(), id.getMostSignificantBits() >>> 16);
        }
        assertTrue(eerste.getString("adviesId").compareTo(tweede.getString("adviesId")) < 0, "een later advies heeft een groter id");
    }

    private JsonPath advies() {
        return intake().body(VERZOEK).when().post("/api/v1/adviezen").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification intake() {
        return given().auth().preemptive().basic("intake", "intake").contentType("application/json");
    }
}
