package nl.indicatiewijzer.beheer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A policy worker (or auditor) sees which table rows and rules the scenario cases fire, and the upload
 * report warns for each added or changed row that no case fires, by sheet and row.
 */
@QuarkusTest
class DekkingTest {
    private static final String PRODUCTEN = PublicatieTest.PRODUCTEN;

    @Test
    void deDekkingVanDeActieveVersieTeltElkeRijEnRegelEnEenGeraakteRijVuurt() {
        String actief = PublicatieTest.actieveVersie();
        JsonPath d = given().auth().preemptive().basic("auditor", "auditor")
                .get("/api/v1/regelsets/mlw-mer/versies/" + actief + "/dekking").then().statusCode(200).extract().jsonPath();
        assertEquals(actief, d.getString("versie"));
        assertTrue(d.getInt("gevallen") > 50, "de mlw-mer voorbeeldgevallen draaiden");
        List<Map<String, Object>> rijen = d.getList("tabelrijen");
        Map<String, Object> bgi = rijen.stream().filter(r -> PRODUCTEN.equals(r.get("bestand")) && "Producten".equals(r.get("blad"))
                && Integer.valueOf(12).equals(r.get("rij"))).findFirst().orElseThrow(() -> new AssertionError(rijen.toString()));
        assertTrue((Integer) bgi.get("aantal") > 0, "de rij van BGI vuurt in de gevallen die BGI adviseren: " + bgi);
        assertEquals(5, rijen.stream().filter(r -> PRODUCTEN.equals(r.get("bestand"))).count(), "elke rij van de producttabel, 12 tot en met 16");
        assertEquals(rijen.size(), d.getInt("tabelrijenTotaal"));
        assertEquals(rijen.stream().filter(r -> (Integer) r.get("aantal") > 0).count(), d.getInt("tabelrijenGevuurd"));
        List<Map<String, Object>> regels = d.getList("regels");
        assertEquals(regels.size(), d.getInt("regelsTotaal"));
        assertTrue(regels.stream().anyMatch(r -> "Verwijs een minderjarige naar de Jeugdwet".equals(r.get("naam"))
                && (Integer) r.get("aantal") > 0), "een algemene regel die een scenario raakt");
        assertTrue(regels.stream().noneMatch(r -> String.valueOf(r.get("naam")).contains(".drl.xlsx")), "tabelrijen staan apart");
    }

    @Test
    void deDekkingIsVoorBeleidEnAuditorEnKentAlleenBestaandeVersies() {
        String pad = "/api/v1/regelsets/mlw-mer/versies/" + PublicatieTest.actieveVersie() + "/dekking";
        given().get(pad).then().statusCode(401);
        given().auth().preemptive().basic("intake", "intake").get(pad).then().statusCode(403);
        PublicatieTest.beleid("beleid").get(pad).then().statusCode(200);
        PublicatieTest.beleid("beleid").get("/api/v1/regelsets/mlw-mer/versies/" + "0".repeat(64) + "/dekking").then().statusCode(404)
                .contentType("application/problem+json");
        PublicatieTest.beleid("beleid").get("/api/v1/regelsets/tsd/versies/" + PublicatieTest.actieveVersie() + "/dekking")
                .then().statusCode(404);
        PublicatieTest.beleid("beleid").get("/api/v1/regelsets/onbekend/versies/" + "0".repeat(64) + "/dekking").then().statusCode(404);
        PublicatieTest.beleid("beleid").get("/api/v1/regelsets/mlw-mer/versies/abc/dekking").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void eenToegevoegdeRijDieGeenGevalRaaktIsNietGetest() throws Exception {
        byte[] tabel = Tabelbewerking.wijzig(PRODUCTEN, "Producten", "A17", "PROEF");
        tabel = Tabelbewerking.wijzig(tabel, "Producten", "B17", "Proefproduct");
        tabel = Tabelbewerking.wijzig(tabel, "Producten", "C17", "uur");
        tabel = Tabelbewerking.wijzig(tabel, "Producten", "D17", "02");
        tabel = Tabelbewerking.wijzig(tabel, "Producten", "E17", "Een proefproduct dat geen intake vraagt.");
        tabel = Tabelbewerking.wijzig(tabel, "Producten", "F17", "002_9e08778fcfad97cb.txt, Algemene productbeschrijvingen");
        JsonPath rapport = upload(tabel).then().statusCode(201).extract().jsonPath();
        assertEquals(0, rapport.getInt("scenarios.mislukt"), rapport.prettify());
        List<Map<String, Object>> niet = nietGetest(rapport);
        assertEquals(1, niet.size(), rapport.prettify());
        assertEquals(PRODUCTEN, niet.get(0).get("bestand"));
        assertEquals("Producten", niet.get(0).get("blad"));
        assertEquals(17, niet.get(0).get("rij"));
        assertTrue(String.valueOf(niet.get(0).get("melding")).contains("toegevoegd"), niet.toString());
        List<Map<String, Object>> rijen = rapport.getList("dekking.tabelrijen");
        assertTrue(rijen.stream().anyMatch(r -> PRODUCTEN.equals(r.get("bestand")) && Integer.valueOf(17).equals(r.get("rij"))
                && Integer.valueOf(0).equals(r.get("aantal"))), "de dekking in het rapport telt de nieuwe rij met 0");
    }

    @Test
    void eenGewijzigdeRijDieGeenGevalMeerRaaktIsNietGetestEenGeraakteNiet() throws Exception {
        byte[] tabel = Tabelbewerking.wijzig(PRODUCTEN, "Producten", "E12", "Begeleiding individueel in uren per week (gewijzigd).");
        tabel = Tabelbewerking.wijzig(tabel, "Producten", "A16", "KDV-OUD");
        JsonPath rapport = upload(tabel).then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> niet = nietGetest(rapport);
        assertEquals(1, niet.size(), "rij 12 is gewijzigd maar wordt geraakt; rij 16 niet meer: " + niet);
        assertEquals("Producten", niet.get(0).get("blad"));
        assertEquals(16, niet.get(0).get("rij"));
        assertTrue(String.valueOf(niet.get(0).get("melding")).contains("gewijzigd"), niet.toString());
    }

    private static List<Map<String, Object>> nietGetest(JsonPath rapport) {
        List<Map<String, Object>> waarschuwingen = rapport.getList("waarschuwingen");
        return waarschuwingen.stream().filter(w -> "NIET_GETEST".equals(w.get("soort"))).toList();
    }

    private static io.restassured.response.Response upload(byte[] tabel) {
        return PublicatieTest.upload(PublicatieTest.beleid("beleid").multiPart("omschrijving", "Proef dekking")
                .multiPart("bestanden", "producten.drl.xlsx", tabel, "application/octet-stream"), "mlw-mer");
    }
}
