package nl.indicatiewijzer.systeem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A request's trace runs from the caller's traceparent through the log into the stored decision,
 * and neither a clear client reference nor any part of a request body reaches the log, at any level
 * (the test log records everything of this service at level ALL).
 */
@QuarkusTest
class LogTest {
    private static final Path LOG = Path.of("target/test-logs/quarkus.log");

    @Inject
    Spanopname spanopname;

    @Test
    void hetTraceIdVanDeAanroeperStaatInHetAntwoordDeLogEnHetOpgeslagenBesluit() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String ouder = "00f067aa0ba902b7";
        Response antwoord = given().auth().preemptive().basic("intake", "intake").contentType("application/json")
                .header("traceparent", "00-" + traceId + "-" + ouder + "-01")
                .body("{\"regeling\": \"tsd\", \"peildatum\": \"2027-03-01\", \"leeftijd\": 40, \"grondslagen\": [\"PSYCHISCH\"]}")
                .post("/api/v1/adviezen");
        assertEquals(200, antwoord.statusCode());
        String terug = antwoord.header("traceparent");
        assertTrue(terug.startsWith("00-" + traceId + "-"), terug);
        assertNotEquals(ouder, terug.split("-")[2], "de service heeft een eigen span");

        String id = antwoord.path("adviesId");
        given().auth().preemptive().basic("auditor", "auditor").get("/api/v1/adviezen/" + id).then().statusCode(200)
                .body("verwerking.traceId", org.hamcrest.Matchers.equalTo(traceId))
                .body("verwerking.ouderSpanId", org.hamcrest.Matchers.equalTo(ouder))
                .body("verwerking.spanId", org.hamcrest.Matchers.equalTo(terug.split("-")[2]))
                .body("verwerking.activiteit", org.hamcrest.Matchers.equalTo("wmo-maatwerkvoorziening-begeleiding"));
        assertTrue(Files.readString(LOG).contains("POST /api/v1/adviezen 200"), "elk verzoek staat in de log");
        assertTrue(Files.readString(LOG).contains("traceId=" + traceId));
    }

    @Test
    void zonderTraceparentBegintEenNieuweTraceEnEenOngeldigeWordtVervangen() {
        for (String kop : new String[] {null, "00-nietgeldig-01", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01"}) {
            var verzoek = given().auth().preemptive().basic("auditor", "auditor");
            if (kop != null) {
                verzoek = verzoek.header("traceparent", kop);
            }
            String terug = verzoek.get("/api/v1/adviezen/integriteit").header("traceparent");
            assertTrue(terug.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01") && !terug.contains("0".repeat(32)), terug);
        }
    }

    @Test
    void geenClientreferentieEnGeenVerzoekInhoudInDeLogOokNietBijEenFout() throws Exception {
        String referentie = "BSN-" + UUID.randomUUID();
        String merk = "merk" + UUID.randomUUID().toString().replace("-", "");
        given().auth().preemptive().basic("intake", "intake").contentType("application/json")
                .body("{\"regeling\": \"tsd\", \"peildatum\": \"2027-03-01\", \"leeftijd\": 40, \"grondslagen\": [\"PSYCHISCH\"], "
                        + "\"clientReferentie\": \"" + referentie + "\"}")
                .post("/api/v1/adviezen").then().statusCode(200);
        given().auth().preemptive().basic("intake", "intake").contentType("application/json")
                .body("{\"regeling\": \"tsd\", \"leeftijd\": \"" + merk + "\", \"clientReferentie\": \"" + referentie + "\", \"" + merk + "\": 1}")
                .post("/api/v1/adviezen").then().statusCode(400);
        given().auth().preemptive().basic("intake", "intake").contentType("application/json").body("{\"" + merk + "\": [[[")
                .post("/api/v1/adviezen").then().statusCode(400);
        String log = Files.readString(LOG);
        assertFalse(log.contains(referentie), "de clientreferentie staat in de log");
        assertFalse(log.contains(merk), "inhoud van een verzoek staat in de log");
    }

    @Test
    void eenSpanBevatGeenPadQueryOfAdresZoalsGestuurdWelHetSjabloon() throws InterruptedException {
        String merk = "BSN" + UUID.randomUUID().toString().replace("-", "");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        given().auth().preemptive().basic("auditor", "auditor").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .header("User-Agent", merk).get("/api/v1/adviezen/" + merk + "?zoek=" + merk).then().statusCode(404);
        var span = spanopname.wachtOp(traceId);
        assertEquals("GET /api/v1/adviezen/{adviesId}", span.getName());
        assertFalse(span.getAttributes().toString().contains(merk), span.getAttributes().toString());
        assertFalse(span.toString().contains(merk));
    }

    @Test
    void eenOnverwachteFoutLogtHaarSoortEnStapelMaarNietHaarBericht() throws Exception {
        String merk = "BSN" + UUID.randomUUID().toString().replace("-", "");
        var antwoord = new ProbleemMappers().onverwacht(new IllegalStateException(merk, new java.sql.SQLException(merk, "22001")));
        assertEquals(500, antwoord.getStatus());
        assertFalse(antwoord.getEntity().toString().contains("IllegalState"), "het antwoord noemt een Java-klasse");
        String log = Files.readString(LOG);
        assertFalse(log.contains(merk), "het bericht van de fout staat in de log");
        assertTrue(log.contains("Caused by: java.sql.SQLException (SQL-status 22001)"), "de soort en SQL-status van de oorzaak ontbreken");
        assertTrue(log.contains("at " + LogTest.class.getName()), "de stapel ontbreekt");
    }
}
