package nl.indicatiewijzer.beheer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beslistabel.Vijandigewerkmappen;
import org.junit.jupiter.api.Test;

/**
 * A policy worker changes an mlw-mer table, reads the validation report, looks at the impact, and
 * asks a colleague to activate; the new version answers, and rollback restores the old answers.
 */
@QuarkusTest
class PublicatieTest {
    static final String PRODUCTEN = "decision-tables/mlw-mer/producten.drl.xlsx";
    static final String NIEUWE_TEKST = "Begeleiding individueel wordt toegewezen in uren direct cliëntcontact per week.";
    static final String VERZOEK = """
            {"regeling": "mlw-mer", "peildatum": "2027-03-01", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
             "perspectief": "ONTWIKKELING", "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"],
             "leefgebieden": {"FINANCIEN_ADMINISTRATIE": "MATIG"}}""";

    @Test
    void eenGeldigeWijzigingWordtNaImpactEnActiveringDoorEenCollegaHetNieuweAdvies() throws Exception {
        String oud = actieveVersie();
        String eerder = advies().getString("adviesId");
        JsonPath rapport = upload("beleid", "producten.drl.xlsx", Tabelbewerking.wijzig(PRODUCTEN, "Producten", "E12", NIEUWE_TEKST))
                .then().statusCode(201).extract().jsonPath();
        String nieuw = rapport.getString("versie");
        assertTrue(rapport.getBoolean("activeerbaar"), rapport.prettify());
        assertEquals(0, rapport.getInt("scenarios.mislukt"));
        assertTrue(rapport.getInt("scenarios.geslaagd") > 50, "de mlw-mer voorbeeldgevallen draaiden");
        assertEquals(List.of(PRODUCTEN), rapport.getList("gewijzigdeBestanden"));

        JsonPath impact = beleid("beleid").contentType("application/json").body(Map.of("regeling", "mlw-mer", "kandidaat", nieuw,
                "van", LocalDate.now().minusDays(1).toString(), "tot", LocalDate.now().plusDays(1).toString()))
                .post("/api/v1/impactanalyses").then().statusCode(200).extract().jsonPath();
        assertTrue(impact.getLong("totaal") >= 1, impact.prettify());
        assertTrue(impact.getLong("gewijzigd") >= 1, "het BGI-advies van zojuist verandert van tekst");
        assertTrue(impact.getList("voorbeelden", String.class).size() >= 1);
        List<Map<String, Object>> uitkomsten = impact.getList("matrices.uitkomst");
        assertEquals(impact.getLong("totaal"), uitkomsten.stream().mapToLong(c -> ((Number) c.get("aantal")).longValue()).sum());
        uitkomsten.forEach(c -> assertEquals(c.get("oud"), c.get("nieuw"), "een andere tekst verandert geen uitkomst"));
        assertTrue(impact.getList("matrices.producten.oud").contains("BGI"));

        beleid("beleid").post(activering(nieuw)).then().statusCode(403).body("title", equalTo("Vier ogen"));
        assertEquals(oud, actieveVersie(), "zonder tweede paar ogen verandert niets");
        try {
            beleid("beleid2").post(activering(nieuw)).then().statusCode(200)
                    .body("versie", equalTo(nieuw)).body("vorigeVersie", equalTo(oud)).body("terugdraaiing", equalTo(false));
            JsonPath advies = advies();
            assertEquals(nieuw, advies.getString("regelsetVersie"));
            assertTrue(advies.getList("motivering.tekst").contains(NIEUWE_TEKST), advies.prettify());

            JsonPath overzicht = beleid("beleid").get("/api/v1/regelsets").then().statusCode(200).extract().jsonPath();
            Map<String, Object> versie = overzicht.getMap("regelsets.find { it.regeling == 'mlw-mer' }.versies.find { it.versie == '" + nieuw + "' }");
            assertEquals("ACTIEF", versie.get("status"));
            assertEquals("beleid", versie.get("geuploadDoor"));
            assertEquals("beleid2", versie.get("geactiveerdDoor"));

            beleid("beleid").get("/api/v1/regelsets/mlw-mer/versies/" + nieuw + "/verschil?met=" + oud).then().statusCode(200)
                    .body("tabellen[0].bestand", equalTo(PRODUCTEN)).body("tabellen[0].gewijzigd[0].rijOud", equalTo(12))
                    .body("tabellen[0].gewijzigd[0].cellen[0].kolom", equalTo("E"))
                    .body("tabellen[0].gewijzigd[0].cellen[0].nieuw", equalTo(NIEUWE_TEKST));
            given().auth().preemptive().basic("auditor", "auditor").post("/api/v1/adviezen/" + eerder + "/herhaling")
                    .then().statusCode(200).body("identiek", equalTo(true));
        } finally {
            beleid("beleid").post(activering(oud)).then().statusCode(200).body("terugdraaiing", equalTo(true));
        }
        JsonPath terug = advies();
        assertEquals(oud, terug.getString("regelsetVersie"));
        assertFalse(terug.getList("motivering.tekst").contains(NIEUWE_TEKST));
    }

    @Test
    void eenCelMetEenFormuleOfUitdrukkingWordtGeweigerdMetBladRijEnKolom() throws Exception {
        upload("beleid", "percelen.drl.xlsx", Tabelbewerking.wijzig("decision-tables/mlw-mer/percelen.drl.xlsx", "Percelen", "C12", "=12*2"))
                .then().statusCode(201).body("activeerbaar", equalTo(false))
                .body("fouten[0].soort", equalTo("CELWAARDE")).body("fouten[0].blad", equalTo("Percelen"))
                .body("fouten[0].rij", equalTo(12)).body("fouten[0].kolom", equalTo("C"));
        upload("beleid", "inkoopperiode.drl.xlsx", Tabelbewerking.wijzig("decision-tables/mlw-mer/inkoopperiode.drl.xlsx",
                "Inkoopperiode", "A12", "1 || true"))
                .then().statusCode(201).body("activeerbaar", equalTo(false))
                .body("fouten[0].soort", equalTo("CELWAARDE")).body("fouten[0].cel", equalTo("1 || true"))
                .body("fouten[0].rij", equalTo(12)).body("fouten[0].kolom", equalTo("A"));
        upload("beleid", "percelen.drl.xlsx", Tabelbewerking.wijzig("decision-tables/mlw-mer/percelen.drl.xlsx", "Percelen", "C13", "vijf jaar"))
                .then().statusCode(201).body("fouten[0].rij", equalTo(13)).body("fouten[0].kolom", equalTo("C"))
                .body("fouten[0].melding", org.hamcrest.Matchers.containsString("getal"));
    }

    @Test
    void eenGewijzigdeCoderegelWordtGeweigerdEnKanNooitActiefWorden() throws Exception {
        String versie = upload("beleid", "producten.drl.xlsx", Tabelbewerking.wijzig(PRODUCTEN, "Producten", "B10",
                "$p.setNaam(\"$param\"); System.exit(1);"))
                .then().statusCode(201).body("activeerbaar", equalTo(false))
                .body("fouten[0].soort", equalTo("STRUCTUUR")).body("fouten[0].rij", equalTo(10)).body("fouten[0].kolom", equalTo("B"))
                .extract().path("versie");
        beleid("beleid2").post(activering(versie)).then().statusCode(409);
        upload("beleid", "nieuw.drl.xlsx", Tabelbewerking.wijzig(PRODUCTEN, "Producten", "E12", "x"))
                .then().statusCode(201).body("fouten[0].soort", equalTo("STRUCTUUR"))
                .body("fouten[0].melding", org.hamcrest.Matchers.containsString("alleen bestaande tabellen"));
    }

    @Test
    void eenGatInDeKilometerklassenEnEenMislukkendVoorbeeldgevalStaanInHetRapport() throws Exception {
        JsonPath rapport = upload("beleid", "kilometerklassen.drl.xlsx", Tabelbewerking.wijzig("decision-tables/tsd/kilometerklassen.drl.xlsx",
                "Kilometerklassen", "A13", 8), "tsd").then().statusCode(201).extract().jsonPath();
        assertFalse(rapport.getBoolean("activeerbaar"));
        assertEquals("GAT", rapport.getString("waarschuwingen[0].soort"));
        assertEquals(List.of(12, 13), rapport.getList("waarschuwingen[0].rijen"));
        assertTrue(rapport.getString("waarschuwingen[0].melding").contains("6 tot en met 7"), rapport.prettify());
        assertEquals("Zes kilometer valt in de klasse 5-10", rapport.getString("scenarios.mislukkingen[0].naam"));
        assertEquals("5-10", rapport.getString("scenarios.mislukkingen[0].afwijkingen[0].verwacht"));
        assertEquals("(geen)", rapport.getString("scenarios.mislukkingen[0].afwijkingen[0].kreeg"));
    }

    @Test
    void eenMeegestuurdScenariobestandTeltMee() throws Exception {
        String scenario = """
                - naam: Een verzoek zonder leefgebieden is volgens dit bestand geen maatwerk
                  verzoek: {regeling: tsd, peildatum: '2027-03-01', leeftijd: 40, grondslagen: [PSYCHISCH]}
                  verwacht: {uitkomst: GEEN_MAATWERK}
                """;
        upload(beleid("beleid").multiPart("bestanden", "extra.yaml", scenario.getBytes(), "application/yaml"), "tsd")
                .then().statusCode(201).body("gewijzigdeBestanden", hasItem("rules/tsd/scenarios/extra.yaml"))
                .body("activeerbaar", equalTo(false))
                .body("scenarios.mislukkingen.bestand", hasItem("rules/tsd/scenarios/extra.yaml"));
        upload(beleid("beleid").multiPart("bestanden", "kapot.yaml", "- naam: [".getBytes(), "application/yaml"), "tsd")
                .then().statusCode(201).body("activeerbaar", equalTo(false)).body("fouten[0].soort", equalTo("SCENARIOBESTAND"));
    }

    @Test
    void vijandigeUploadsKrijgen400Of413EnLatenNietsAchter() throws Exception {
        int versies = beleid("beleid").get("/api/v1/regelsets").jsonPath().getList("regelsets.find { it.regeling == 'mlw-mer' }.versies").size();
        upload("beleid", "kapot.drl.xlsx", "geen excel".getBytes()).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("bestanden"));
        upload("beleid", "bom.drl.xlsx", Zipbestanden.bom()).then().statusCode(400)
                .body("invalidParams[0].reason", org.hamcrest.Matchers.containsString("bom.drl.xlsx"));
        upload("beleid", "teksten.drl.xlsx", Vijandigewerkmappen.tekstenbom()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].reason", org.hamcrest.Matchers.containsString("meer dan 10000 verschillende teksten"));
        upload("beleid", "xxe.drl.xlsx", Zipbestanden.metEntiteit()).then().statusCode(400)
                .body("invalidParams[0].reason", org.hamcrest.Matchers.containsString("DTD"));
        upload("beleid", "regels.drl", "rule x".getBytes()).then().statusCode(400);
        upload("beleid", "groot.drl.xlsx", new byte[6 * 1024 * 1024]).then().statusCode(413).contentType("application/problem+json");
        upload("intake", "producten.drl.xlsx", Tabelbewerking.wijzig(PRODUCTEN, "Producten", "E12", "x")).then().statusCode(403);
        assertEquals(versies, beleid("beleid").get("/api/v1/regelsets").jsonPath()
                .getList("regelsets.find { it.regeling == 'mlw-mer' }.versies").size(), "niets opgeslagen");
    }

    static String actieveVersie() {
        return beleid("beleid").get("/api/v1/regelsets").then().statusCode(200).extract().jsonPath()
                .getString("regelsets.find { it.regeling == 'mlw-mer' }.actieveVersie");
    }

    static JsonPath advies() {
        return given().auth().preemptive().basic("intake", "intake").contentType("application/json").body(VERZOEK)
                .post("/api/v1/adviezen").then().statusCode(200).extract().jsonPath();
    }

    static String activering(String versie) {
        return "/api/v1/regelsets/mlw-mer/versies/" + versie + "/activering";
    }

    static RequestSpecification beleid(String gebruiker) {
        return given().auth().preemptive().basic(gebruiker, gebruiker);
    }

    static io.restassured.response.Response upload(String gebruiker, String naam, byte[] inhoud) {
        return upload(beleid(gebruiker).multiPart("bestanden", naam, inhoud, "application/octet-stream"), "mlw-mer");
    }

    static io.restassured.response.Response upload(String gebruiker, String naam, byte[] inhoud, String regeling) {
        return upload(beleid(gebruiker).multiPart("bestanden", naam, inhoud, "application/octet-stream"), regeling);
    }

    /** Every upload carries a description; this one names the test that made the version. */
    static io.restassured.response.Response upload(RequestSpecification verzoek, String regeling) {
        return verzoek.multiPart("omschrijving", "Proef " + regeling).post("/api/v1/regelsets/" + regeling + "/versies");
    }
}
