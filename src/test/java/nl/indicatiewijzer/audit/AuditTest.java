package nl.indicatiewijzer.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.systeem.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an auditor relies on: every answered advice stored as answered, replayable, and tamper-evident. */
@QuarkusTest
class AuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String BASIS = "\"regeling\": \"mlw-mer\", \"peildatum\": \"2027-03-01\", \"grondslagen\": [\"PSYCHISCH\"], "
            + "\"perspectief\": \"BEHOUD\", \"hulpvragen\": [\"BEGELEIDING_INDIVIDUEEL\"]";

    @Inject
    Database database;

    @Inject
    AuditRepository repository;

    @ParameterizedTest(name = "een advies met uitkomst {0} is opgeslagen zoals het is gegeven en herhaalt identiek")
    @CsvSource(delimiter = '|', value = {
            "ADVIES         | \"leeftijd\": 40",
            "GEEN_MAATWERK  | \"leeftijd\": 40, \"voorliggendToereikend\": true",
            "DOORVERWIJZEN  | \"leeftijd\": 16",
            "ONVOLLEDIG     | \"leeftijd\": 40, \"grondslagen\": [\"PSYCHISCH\", \"SOMATISCH\"]"})
    void elkeUitkomstWordtOpgeslagenEnHerhaaltIdentiek(String uitkomst, String velden) throws Exception {
        String body = "{" + BASIS.replace("\"grondslagen\": [\"PSYCHISCH\"], ", velden.contains("grondslagen") ? "" : "\"grondslagen\": [\"PSYCHISCH\"], ")
                + ", " + velden + "}";
        byte[] gegeven = intake().body(body).post("/api/v1/adviezen").then().statusCode(200).extract().asByteArray();
        JsonNode advies = JSON.readTree(gegeven);
        assertEquals(uitkomst, advies.path("uitkomst").asText());
        String id = advies.path("adviesId").asText();
        assertArrayEquals(kolom(id, "antwoord").getBytes(StandardCharsets.UTF_8), gegeven, "het antwoord is niet byte voor byte het opgeslagen advies");

        JsonNode opgeslagen = JSON.readTree(auditor().get("/api/v1/adviezen/" + id).then().statusCode(200).extract().asString());
        assertEquals(advies, opgeslagen.path("antwoord"), "opgeslagen antwoord wijkt af van het gegeven antwoord");
        assertEquals("intake", opgeslagen.path("gebruiker").asText());
        assertEquals(advies.path("regelsetVersie").asText(), opgeslagen.path("regelsetVersie").asText());

        auditor().post("/api/v1/adviezen/" + id + "/herhaling").then().statusCode(200)
                .body("identiek", is(true)).body("verschillen.size()", equalTo(0));
    }

    @Test
    void eenGeweigerdVerzoekSlaatNietsOp() throws Exception {
        long voor = aantal();
        given().contentType("application/json").body("{" + BASIS + ", \"leeftijd\": 40}").post("/api/v1/adviezen").then().statusCode(401);
        given().auth().preemptive().basic("auditor", "auditor").contentType("application/json").body("{" + BASIS + ", \"leeftijd\": 40}")
                .post("/api/v1/adviezen").then().statusCode(403);
        intake().body("{" + BASIS + ", \"leeftijd\": 400}").post("/api/v1/adviezen").then().statusCode(400);
        assertEquals(voor, aantal());
    }

    @Test
    void deLijstFiltertOpRegelingEnPeriodeEnPagineert() {
        adviseer("{" + BASIS + ", \"leeftijd\": 41}");
        adviseer("{" + BASIS + ", \"leeftijd\": 42}");
        auditor().queryParam("regeling", "mlw-mer").queryParam("van", java.time.LocalDate.now().minusDays(1).toString())
                .queryParam("size", 1).get("/api/v1/adviezen")
                .then().statusCode(200).body("adviezen.size()", equalTo(1)).body("size", equalTo(1));
        auditor().queryParam("regeling", "tsd").queryParam("tot", "2000-01-01").get("/api/v1/adviezen")
                .then().statusCode(200).body("totaal", equalTo(0));
        auditor().queryParam("van", "gisteren").queryParam("size", 0).get("/api/v1/adviezen")
                .then().statusCode(400).body("invalidParams.name", hasItem("van")).body("invalidParams.name", hasItem("size"));
    }

    @Test
    void deLijstZonderRegelingToontDeAdviezenVanElkeRegeling() throws Exception {
        String tsd = JSON.readTree(adviseer("""
                {"regeling": "tsd", "peildatum": "2027-03-01", "leeftijd": 40, "grondslagen": ["PSYCHISCH"]}""")).path("adviesId").asText();
        String mlwMer = JSON.readTree(adviseer("{" + BASIS + ", \"leeftijd\": 47}")).path("adviesId").asText();
        var alle = auditor().queryParam("size", 2).get("/api/v1/adviezen").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(mlwMer, tsd), alle.getList("adviezen.adviesId"), "de nieuwste eerst, van beide regelingen");
        long perRegeling = 0;
        for (Regeling regeling : Regeling.values()) {
            perRegeling += auditor().queryParam("regeling", regeling.code()).get("/api/v1/adviezen").then().statusCode(200)
                    .extract().jsonPath().getLong("totaal");
        }
        assertEquals(perRegeling, alle.getLong("totaal"));
    }

    @Test
    void alleenEenAuditorLeestEnHerhaalt() {
        given().auth().preemptive().basic("intake", "intake").get("/api/v1/adviezen/integriteit").then().statusCode(403);
        given().get("/api/v1/adviezen").then().statusCode(401);
        auditor().get("/api/v1/adviezen/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void eenGewijzigdRecordWordtGevonden() throws Exception {
        String id = JSON.readTree(adviseer("{" + BASIS + ", \"leeftijd\": 43}")).path("adviesId").asText();
        auditor().get("/api/v1/adviezen/integriteit").then().statusCode(200).body("intact", is(true));
        String origineel = kolom(id, "antwoord");
        try {
            zet(id, "antwoord", origineel.replace("\"perceel\":3", "\"perceel\":4"));
            auditor().get("/api/v1/adviezen/integriteit").then().statusCode(200)
                    .body("intact", is(false)).body("eersteBreuk.adviesId", equalTo(id));
        } finally {
            zet(id, "antwoord", origineel);
        }
        auditor().get("/api/v1/adviezen/integriteit").then().body("intact", is(true));
    }

    @Test
    void eenVerwijderdOfVerwisseldRecordWordtGevonden() throws Exception {
        String eerste = JSON.readTree(adviseer("{" + BASIS + ", \"leeftijd\": 44}")).path("adviesId").asText();
        String tweede = JSON.readTree(adviseer("{" + BASIS + ", \"leeftijd\": 45}")).path("adviesId").asText();
        adviseer("{" + BASIS + ", \"leeftijd\": 46}");
        String verzoek1 = kolom(eerste, "verzoek");
        String verzoek2 = kolom(tweede, "verzoek");
        try {
            zet(eerste, "verzoek", verzoek2);
            zet(tweede, "verzoek", verzoek1);
            auditor().get("/api/v1/adviezen/integriteit").then().body("intact", is(false)).body("eersteBreuk.adviesId", equalTo(eerste));
        } finally {
            zet(eerste, "verzoek", verzoek1);
            zet(tweede, "verzoek", verzoek2);
        }
        AuditRecord verwijderd = repository.vind(tweede).orElseThrow();
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement("DELETE FROM advies WHERE advies_id = ?")) {
            s.setString(1, tweede);
            s.executeUpdate();
        }
        try {
            auditor().get("/api/v1/adviezen/integriteit").then().body("intact", is(false))
                    .body("eersteBreuk.reden", containsString("volgnummer " + verwijderd.volgnummer() + " ontbreekt"));
        } finally {
            terugzetten(verwijderd);
        }
        auditor().get("/api/v1/adviezen/integriteit").then().body("intact", is(true));
    }

    @Test
    void eenPeriodeWordtOverDeGrensVanEenPaginaHeelGelezenOokBijGelijkeTijdstippen() throws Exception {
        OffsetDateTime van = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> opgeslagen = new ArrayList<>();
        for (int i = 0; i < AuditRepository.PAGINA + 20; i++) {
            opgeslagen.add(JSON.readTree(adviseer("{" + BASIS + ", \"leeftijd\": " + (20 + i % 60) + "}")).path("adviesId").asText());
        }
        OffsetDateTime tot = OffsetDateTime.now(ZoneOffset.UTC).plusNanos(1000);
        zelfdeReeks(opgeslagen, gelezen(van, tot), "elk advies van de periode één keer, in de volgorde van hun tijdstip");

        List<AuditRecord> records = opgeslagen.stream().map(id -> repository.vind(id).orElseThrow()).toList();
        try {
            for (String id : opgeslagen) {
                zet(id, "tijdstip", records.get(0).tijdstip());
            }
            zelfdeReeks(opgeslagen, gelezen(van, tot), "bij één tijdstip voor allemaal: elk één keer, in de volgorde van opslag");
        } finally {
            for (AuditRecord r : records) {
                zet(r.adviesId(), "tijdstip", r.tijdstip());
            }
        }
        auditor().get("/api/v1/adviezen/integriteit").then().statusCode(200).body("intact", is(true));
    }

    private static void zelfdeReeks(List<String> verwacht, List<String> gelezen, String wat) {
        int i = 0;
        while (i < Math.min(verwacht.size(), gelezen.size()) && verwacht.get(i).equals(gelezen.get(i))) {
            i++;
        }
        assertTrue(verwacht.equals(gelezen), wat + ": " + gelezen.size() + " gelezen van " + verwacht.size() + ", het eerste verschil op plaats " + i);
    }

    private List<String> gelezen(OffsetDateTime van, OffsetDateTime tot) {
        List<String> ids = new ArrayList<>();
        repository.doorloop("mlw-mer", van, tot, r -> ids.add(r.adviesId()));
        return ids;
    }

    @Test
    void deClientReferentieStaatNergensLeesbaar() throws Exception {
        String geheim = "ZAAK-" + UUID.randomUUID();
        String antwoord = adviseer("{" + BASIS + ", \"leeftijd\": 47, \"clientReferentie\": \"" + geheim + "\"}");
        String id = JSON.readTree(antwoord).path("adviesId").asText();
        assertFalse(antwoord.contains(geheim), "in het antwoord");
        String opgeslagen = auditor().get("/api/v1/adviezen/" + id).then().extract().asString();
        assertFalse(opgeslagen.contains(geheim), "in het opgeslagen advies");
        assertTrue(opgeslagen.contains("hmac-sha256:"), "de referentie hoort als sleutelhash bewaard te worden");
        assertFalse(auditor().get("/api/v1/adviezen").then().extract().asString().contains(geheim), "in de lijst");
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM advies WHERE verzoek LIKE ? OR antwoord LIKE ? OR client_hash LIKE ?")) {
            for (int i = 1; i <= 3; i++) {
                s.setString(i, "%" + geheim + "%");
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "in de database");
            }
        }
        Path log = Path.of("target/test-logs/quarkus.log");
        assertTrue(Files.exists(log));
        assertFalse(Files.readString(log).contains(geheim), "in het log");
    }

    private void terugzetten(AuditRecord r) throws Exception {
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO advies (volgnummer, advies_id, tijdstip, regeling, regelset_versie, uitkomst, gebruiker, rol,
                                    client_hash, verzoek, antwoord, vorige_hash, hash, verwerkingsactiviteit, trace_id, span_id,
                                    ouder_span_id, sleutelhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            Verwerking v = r.verwerking();
            Object[] waarden = {r.volgnummer(), r.adviesId(), r.tijdstip(), r.regeling(), r.regelsetVersie(), r.uitkomst(),
                r.gebruiker(), r.rol(), r.clientHash(), r.verzoek(), r.antwoord(), r.vorigeHash(), r.hash(),
                v.activiteit(), v.traceId(), v.spanId(), v.ouderSpanId(), r.sleutelhash()};
            for (int i = 0; i < waarden.length; i++) {
                s.setObject(i + 1, waarden[i]);
            }
            s.executeUpdate();
        }
    }

    private long aantal() {
        return auditor().get("/api/v1/adviezen").then().statusCode(200).extract().jsonPath().getLong("totaal");
    }

    private String kolom(String id, String kolom) throws Exception {
        try (Connection c = database.verbinding();
                PreparedStatement s = c.prepareStatement("SELECT " + kolom + " FROM advies WHERE advies_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void zet(String id, String kolom, Object waarde) throws Exception {
        try (Connection c = database.verbinding();
                PreparedStatement s = c.prepareStatement("UPDATE advies SET " + kolom + " = ? WHERE advies_id = ?")) {
            s.setObject(1, waarde);
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    static String adviseer(String body) {
        return intake().body(body).post("/api/v1/adviezen").then().statusCode(200).extract().asString();
    }

    static io.restassured.specification.RequestSpecification intake() {
        return given().auth().preemptive().basic("intake", "intake").contentType("application/json");
    }

    static io.restassured.specification.RequestSpecification auditor() {
        return given().auth().preemptive().basic("auditor", "auditor");
    }
}
