package nl.indicatiewijzer.beheer;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A policy worker tells versions apart by the description she gave at upload and by the line that
 * says what changed; the overview lists the active and waiting versions, and the others by group and page.
 */
@QuarkusTest
class OmschrijvingTest {
    private static final String OVERZICHT = "/api/v1/regelsets?regeling=mlw-mer";

    @Test
    void zonderGeldigeOmschrijvingIsDeUploadEen400DieHetVeldNoemtEnWordtNietsBewaard() throws Exception {
        JsonPath voor = overzicht("");
        byte[] tabel = Tabelbewerking.wijzig(PublicatieTest.PRODUCTEN, "Producten", "E12", "Geweigerd om de omschrijving.");
        weiger(PublicatieTest.beleid("beleid").multiPart("bestanden", "producten.drl.xlsx", tabel, "application/octet-stream")
                .post("/api/v1/regelsets/mlw-mer/versies").then(), "verplicht");
        for (String omschrijving : List.of("   ", "x".repeat(Omschrijving.MAXIMAAL + 1), "Tarieven\n2027", "Tarieven\t2027",
                "Tarieven \u202e7202", "Tarieven\u0000")) {
            weiger(stuur(omschrijving, tabel).then(), null);
        }
        weiger(stuur("x".repeat(500), tabel).then(), "ten hoogste 120 tekens");
        stuur("x".repeat(5000), tabel).then().statusCode(413).contentType("application/problem+json");
        PublicatieTest.beleid("beleid").multiPart("omschrijving", "").multiPart("bestanden", "kapot.drl.xlsx", "geen excel".getBytes(),
                "application/octet-stream").post("/api/v1/regelsets/mlw-mer/versies").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("omschrijving", "bestanden"));
        JsonPath na = overzicht("");
        assertEquals(voor.getList("regelsets[0].versies.versie"), na.getList("regelsets[0].versies.versie"), "geen versie bewaard");
        assertEquals(voor.getList("regelsets[0].gebeurtenissen").size(), na.getList("regelsets[0].gebeurtenissen").size(), "geen gebeurtenis");
    }

    @Test
    void hetRapportEnHetOverzichtTonenDeOmschrijvingEnWatErVeranderde() throws Exception {
        String omschrijving = "Tarieven 2027 – één <b>regel</b> & 'zo'";
        JsonPath rapport = stuur(omschrijving, Tabelbewerking.wijzig(PublicatieTest.PRODUCTEN, "Producten", "E12",
                "Begeleiding individueel, omschrijving getest.")).then().statusCode(201).extract().jsonPath();
        String versie = rapport.getString("versie");
        assertEquals(omschrijving, rapport.getString("omschrijving"), "als tekst bewaard, in UTF-8, niets weggelaten");
        assertEquals("producten: 1 rij gewijzigd", rapport.getString("wijzigingen"));
        PublicatieTest.beleid("beleid").get("/api/v1/regelsets/mlw-mer/versies/" + versie).then().statusCode(200)
                .body("omschrijving", equalTo(omschrijving)).body("wijzigingen", equalTo("producten: 1 rij gewijzigd"));
        Map<String, Object> regel = overzicht("").getMap("regelsets[0].versies.find { it.versie == '" + versie + "' }");
        assertEquals(omschrijving, regel.get("omschrijving"));
        assertEquals("producten: 1 rij gewijzigd", regel.get("wijzigingen"));
        assertEquals("KANDIDAAT", regel.get("status"));
        JsonPath alle = overzicht("");
        String release = alle.getString("regelsets[0].versies.find { it.herkomst == 'UITROL' }.omschrijving");
        assertEquals(Omschrijving.RELEASE, release, "de release heeft geen omschrijving van een mens");

        String scenario = """
                - naam: Een verzoek zonder leefgebieden is volgens dit bestand geen maatwerk (omschrijving)
                  verzoek: {regeling: mlw-mer, peildatum: '2027-03-01', leeftijd: 40, grondslagen: [PSYCHISCH]}
                  verwacht: {uitkomst: GEEN_MAATWERK}
                """;
        byte[] tweeRijen = Tabelbewerking.wijzig(Tabelbewerking.wijzig(PublicatieTest.PRODUCTEN, "Producten", "E12", "Twee rijen, een."),
                "Producten", "E13", "Twee rijen, twee.");
        PublicatieTest.beleid("beleid").multiPart("omschrijving", "Twee rijen en een geval")
                .multiPart("bestanden", "producten.drl.xlsx", tweeRijen, "application/octet-stream")
                .multiPart("bestanden", "omschrijving-geval.yaml", scenario.getBytes(StandardCharsets.UTF_8), "application/yaml")
                .post("/api/v1/regelsets/mlw-mer/versies").then().statusCode(201)
                .body("wijzigingen", equalTo("producten: 2 rijen gewijzigd; voorbeeldgevallen: 1 toegevoegd"));
    }

    @Test
    void hetOverzichtFiltertEnPagineert() throws Exception {
        List<String> afgekeurd = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            afgekeurd.add(stuur("Afgekeurd " + i, "percelen.drl.xlsx", Tabelbewerking.wijzig("decision-tables/mlw-mer/percelen.drl.xlsx", "Percelen", "C13",
                    "vijf jaar " + i)).then().statusCode(201).body("activeerbaar", equalTo(false)).extract().path("versie"));
        }
        JsonPath alle = overzicht("");
        int totaal = alle.getInt("regelsets[0].aantallen.alle");
        assertEquals(totaal, alle.getList("regelsets[0].versies").size(), "zonder pagina: alle versies, zoals voorheen");
        assertFalse(alle.getMap("regelsets[0]").containsKey("pagina"));
        assertEquals(totaal, alle.getInt("regelsets[0].aantallen.actueel") + alle.getInt("regelsets[0].aantallen.eerdere")
                + alle.getInt("regelsets[0].aantallen.afgekeurd"), "elke versie in precies één groep");

        JsonPath eerste = overzicht("&toon=afgekeurd&volgorde=nieuwste-eerst&pagina=1&perPagina=2");
        assertEquals(alle.getInt("regelsets[0].aantallen.afgekeurd"), eerste.getInt("regelsets[0].aantalVersies"));
        assertEquals(List.of(afgekeurd.get(2), afgekeurd.get(1)), eerste.getList("regelsets[0].versies.versie"), "nieuwste eerst, twee per pagina");
        assertEquals(List.of("Afgekeurd 2", "Afgekeurd 1"), eerste.getList("regelsets[0].versies.omschrijving"));
        JsonPath tweede = overzicht("&toon=afgekeurd&volgorde=nieuwste-eerst&pagina=2&perPagina=2");
        assertEquals(afgekeurd.get(0), tweede.getString("regelsets[0].versies[0].versie"));
        assertEquals(2, tweede.getInt("regelsets[0].pagina"));
        overzicht("&toon=afgekeurd").getList("regelsets[0].versies.status").forEach(s -> assertEquals("AFGEKEURD", s));

        JsonPath actueel = overzicht("&toon=actueel");
        List<String> statussen = actueel.getList("regelsets[0].versies.status");
        assertTrue(statussen.contains("ACTIEF") && statussen.stream().allMatch(s -> s.equals("ACTIEF") || s.equals("KANDIDAAT")), statussen.toString());
        assertEquals(actueel.getString("regelsets[0].actieveVersie"), actueel.getString("regelsets[0].actief.versie"));
        assertEquals(List.of("mlw-mer"), actueel.getList("regelsets.regeling"));
        assertEquals(20, overzicht("&pagina=1").getInt("regelsets[0].perPagina"), "twintig per pagina tenzij anders gevraagd");

        PublicatieTest.beleid("beleid").get("/api/v1/regelsets?regeling=onbekend&toon=verborgen&volgorde=willekeurig&pagina=0&perPagina=101")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("regeling", "toon", "volgorde", "pagina", "perPagina"));
        PublicatieTest.beleid("beleid").get("/api/v1/regelsets?pagina=een").then().statusCode(400).body("invalidParams.name", hasItem("pagina"));
    }

    private static JsonPath overzicht(String query) {
        return PublicatieTest.beleid("beleid").get(OVERZICHT + query).then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.Response stuur(String omschrijving, byte[] tabel) {
        return stuur(omschrijving, "producten.drl.xlsx", tabel);
    }

    /** As a browser's form sends it: the description a text field in UTF-8 without a file name, then the file. */
    private static io.restassured.response.Response stuur(String omschrijving, String naam, byte[] tabel) {
        String grens = "----omschrijving" + System.nanoTime();
        byte[] kop = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"omschrijving\"\r\n\r\n" + omschrijving + "\r\n--" + grens
                + "\r\nContent-Disposition: form-data; name=\"bestanden\"; filename=\"" + naam + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] staart = ("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream lichaam = new ByteArrayOutputStream();
        lichaam.writeBytes(kop);
        lichaam.writeBytes(tabel);
        lichaam.writeBytes(staart);
        return PublicatieTest.beleid("beleid").contentType("multipart/form-data; boundary=" + grens).body(lichaam.toByteArray())
                .post("/api/v1/regelsets/mlw-mer/versies");
    }

    private static void weiger(ValidatableResponse antwoord, String reden) {
        antwoord.statusCode(400).contentType("application/problem+json").body("invalidParams.name", equalTo(List.of("omschrijving")));
        if (reden != null) {
            antwoord.body("invalidParams[0].reason", org.hamcrest.Matchers.containsString(reden));
        }
    }
}
