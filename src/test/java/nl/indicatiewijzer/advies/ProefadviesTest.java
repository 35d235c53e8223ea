package nl.indicatiewijzer.advies;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import org.junit.jupiter.api.Test;

/** The warm-up before the service answers goes through the advice's own steps, and leaves nothing in the audit log. */
@QuarkusTest
class ProefadviesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERZOEK = """
            {"regeling": "stede-broec", "peildatum": "2025-02-01", "leeftijd": 45, "grondslagen": ["PSYCHISCH"],
             "complexiteit": "GEMIDDELD", "zelfinzicht": "BEPERKT", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"],
             "leefgebieden": {"FINANCIEN_ADMINISTRATIE": "MATIG", "SOCIAAL_FUNCTIONEREN": "MATIG", "WONEN": "LICHT"},
             "zelfregie": "BEPERKT", "zorgOrganiseren": "MET_ONDERSTEUNING", "openVoorHulp": "VERMINDERD", "netwerk": "BEPERKT",
             "daginvulling": "BEPERKT", "functioneleBeperkingen": "LICHT", "socialeZelfredzaamheid": "MATIG",
             "psychischeZelfredzaamheid": "MATIG", "huishoudelijkeZelfstandigheid": "GEDEELTELIJK", "clientReferentie": "proef-123"}""";

    @Inject
    AdviesService adviezen;

    @Test
    void eenProefadviesIsHetAdviesVanHetEindpuntEnSlaatNietsOp() throws Exception {
        long voor = aantalOpgeslagen();
        ObjectNode proef = (ObjectNode) JSON.readTree(adviezen.proef(VERZOEK));
        assertEquals(voor, aantalOpgeslagen(), "een proefadvies kwam in de auditlog");

        ObjectNode gegeven = (ObjectNode) JSON.readTree(given().auth().preemptive().basic("intake", "intake").contentType("application/json")
                .body(VERZOEK).post("/api/v1/adviezen").then().statusCode(200).extract().asString());
        assertEquals(voor + 1, aantalOpgeslagen());
        for (String veld : new String[] {"adviesId", "tijdstip"}) {
            proef.remove(veld);
            gegeven.remove(veld);
        }
        assertEquals("ADVIES", gegeven.path("uitkomst").asText(), gegeven.toString());
        assertEquals(gegeven, proef);
    }

    @Test
    void eenOngeldigProefverzoekWordtGeweigerdZoalsBijHetEindpunt() {
        long voor = aantalOpgeslagen();
        OngeldigVerzoekException fout = assertThrows(OngeldigVerzoekException.class, () -> adviezen.proef("{\"regeling\": \"tsd\", \"leeftijd\": 400}"));
        assertTrue(fout.fouten().stream().anyMatch(f -> f.name().equals("leeftijd")), fout.fouten().toString());
        assertEquals(voor, aantalOpgeslagen());
    }

    private static long aantalOpgeslagen() {
        return given().auth().preemptive().basic("auditor", "auditor").get("/api/v1/adviezen").then().statusCode(200)
                .extract().jsonPath().getLong("totaal");
    }
}
