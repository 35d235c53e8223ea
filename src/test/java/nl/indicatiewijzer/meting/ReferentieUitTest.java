package nl.indicatiewijzer.meting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Without its property, the bench's bare reference endpoint does not exist for anyone. */
@QuarkusTest
class ReferentieUitTest {
    static final String VERZOEK = """
            {"regeling": "mlw-mer", "peildatum": "2027-03-01", "leeftijd": 38, "grondslagen": ["PSYCHISCH"], "perspectief": "ONTWIKKELING",
             "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL", "DAGSTRUCTUUR"], "leefgebieden": {"FINANCIEN_ADMINISTRATIE": "MATIG"},
             "vervoer": {"zelfstandig": false, "afstandKm": 4}, "clientReferentie": "zaak-4711"}""";

    @Test
    void eenIntakemedewerkerKrijgt404() {
        given().auth().preemptive().basic("intake", "intake").contentType("application/json").body(VERZOEK)
                .when().post("/api/v1/meting/referentie").then().statusCode(404);
    }

    @Test
    void zonderAanmeldingOok404() {
        given().contentType("application/json").body(VERZOEK).when().post("/api/v1/meting/referentie").then().statusCode(404);
    }

    @Test
    void ookMetEenKapotLichaamOfEenAnderSoortInhoud404() {
        given().auth().preemptive().basic("intake", "intake").contentType("application/json").body("{")
                .when().post("/api/v1/meting/referentie").then().statusCode(404);
        given().auth().preemptive().basic("intake", "intake").contentType("text/plain").body("regeling")
                .when().post("/api/v1/meting/referentie").then().statusCode(404);
    }

    @Test
    void hetStaatNietInHetOpenApiDocument() {
        given().when().get("/api/v1/openapi.json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/adviezen")).body("paths.keySet()", everyItem(not(containsString("meting"))));
    }
}
