package nl.indicatiewijzer.beheer;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Policy staff prepare next year's table in December: activated with an ingangsdatum, it decides the
 * advices whose peildatum is on or after that date, and the current version keeps deciding the others.
 */
@QuarkusTest
class TijdlijnTest {
    static final String TEKST = "Begeleiding individueel in uren per week (tabel voor 2027).";
    private static final String REGELSETS = "regelsets.find { it.regeling == 'mlw-mer' }";

    @Test
    void eenVersieMetIngangsdatumBesluitAlleenVanafDieDatumEnDeTijdlijnStaatInHetOverzicht() throws Exception {
        String oud = PublicatieTest.actieveVersie();
        assertEquals(List.of(Map.of("versie", oud)), overzicht().getList(REGELSETS + ".tijdlijn"), "nog geen tijdlijn: één versie");
        String nieuw = upload(TEKST);
        try {
            PublicatieTest.beleid("beleid").contentType("application/json").body("{\"ingangsdatum\": \"2027-01-01\"}")
                    .post(PublicatieTest.activering(nieuw)).then().statusCode(403).body("title", equalTo("Vier ogen"));
            assertEquals(oud, advies("2027-03-01").getString("regelsetVersie"), "zonder tweede paar ogen verandert niets");

            PublicatieTest.beleid("beleid2").contentType("application/json").body("{\"ingangsdatum\": \"2027-01-01\"}")
                    .post(PublicatieTest.activering(nieuw)).then().statusCode(200)
                    .body("versie", equalTo(nieuw)).body("ingangsdatum", equalTo("2027-01-01")).body("vorigeVersie", equalTo(oud))
                    .body("tijdlijn[1].vanaf", equalTo("2027-01-01"));
            JsonPath ervoor = advies("2026-12-31");
            JsonPath erop = advies("2027-01-01");
            JsonPath erna = advies("2027-03-01");
            assertEquals(oud, ervoor.getString("regelsetVersie"), "een peildatum voor de ingangsdatum: de versie van daarvoor");
            assertFalse(ervoor.getList("motivering.tekst").contains(TEKST));
            assertEquals(nieuw, erop.getString("regelsetVersie"), "op de ingangsdatum beslist de nieuwe versie");
            assertEquals(nieuw, erna.getString("regelsetVersie"));
            assertTrue(erna.getList("motivering.tekst").contains(TEKST), erna.prettify());

            JsonPath o = overzicht();
            assertEquals(List.of(Map.of("versie", oud), Map.of("vanaf", "2027-01-01", "versie", nieuw)), o.getList(REGELSETS + ".tijdlijn"));
            Map<String, Object> activering = o.getMap(REGELSETS + ".gebeurtenissen.findAll { it.soort == 'ACTIVERING' }.last()");
            assertEquals(Map.of("versie", nieuw, "gebruiker", "beleid2", "ingangsdatum", "2027-01-01"),
                    Map.of("versie", activering.get("versie"), "gebruiker", activering.get("gebruiker"), "ingangsdatum", activering.get("ingangsdatum")));
            given("auditor").post("/api/v1/adviezen/" + ervoor.getString("adviesId") + "/herhaling").then().statusCode(200)
                    .body("identiek", equalTo(true)).body("regelsetVersie", equalTo(oud));
            given("auditor").post("/api/v1/adviezen/" + erna.getString("adviesId") + "/herhaling").then().statusCode(200)
                    .body("identiek", equalTo(true)).body("regelsetVersie", equalTo(nieuw));

            // rollback from the same date: the old version again for every peildatum
            PublicatieTest.beleid("beleid").contentType("application/json").body("{\"ingangsdatum\": \"2027-01-01\"}")
                    .post(PublicatieTest.activering(oud)).then().statusCode(200).body("terugdraaiing", equalTo(true));
            assertEquals(List.of(Map.of("versie", oud)), overzicht().getList(REGELSETS + ".tijdlijn"));
            assertEquals(oud, advies("2027-03-01").getString("regelsetVersie"));
            PublicatieTest.beleid("beleid").contentType("application/json").body("{\"ingangsdatum\": \"2027-01-01\"}")
                    .post(PublicatieTest.activering(nieuw)).then().statusCode(403).body("title", equalTo("Vier ogen"));

            // without a date, as before: in force for every peildatum
            PublicatieTest.beleid("beleid2").post(PublicatieTest.activering(nieuw)).then().statusCode(200)
                    .body("terugdraaiing", equalTo(true));
            assertEquals(nieuw, advies("2026-12-31").getString("regelsetVersie"));
            assertEquals(List.of(Map.of("versie", nieuw)), overzicht().getList(REGELSETS + ".tijdlijn"));
        } finally {
            PublicatieTest.beleid("beleid").post(PublicatieTest.activering(oud)).then().statusCode(200);
        }
        assertEquals(oud, advies("2027-03-01").getString("regelsetVersie"));
    }

    @Test
    void eenOngeldigeIngangsdatumIsEen400DieHaarNoemtEnVerandertNiets() throws Exception {
        String oud = PublicatieTest.actieveVersie();
        String nieuw = upload("Begeleiding individueel in uren per week (ongeldige datum).");
        for (String lichaam : List.of("{\"ingangsdatum\": \"2027-02-30\"}", "{\"ingangsdatum\": \"1-1-2027\"}",
                "{\"ingangsdatum\": 20270101}", "{\"ingangsdatum\": \"+12027-01-01\"}", "{\"ingangsdatum\": \"\"}")) {
            PublicatieTest.beleid("beleid2").contentType("application/json").body(lichaam).post(PublicatieTest.activering(nieuw))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("ingangsdatum"));
        }
        PublicatieTest.beleid("beleid2").contentType("application/json").body("{\"datum\": \"2027-01-01\"}")
                .post(PublicatieTest.activering(nieuw)).then().statusCode(400).body("invalidParams[0].name", equalTo("datum"));
        PublicatieTest.beleid("beleid").contentType("application/json").body(Map.of("regeling", "mlw-mer", "kandidaat", nieuw,
                "van", "2026-01-01", "tot", "2026-01-02", "ingangsdatum", "2027-13-01")).post("/api/v1/impactanalyses")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("ingangsdatum"));
        assertEquals(List.of(Map.of("versie", oud)), overzicht().getList(REGELSETS + ".tijdlijn"));
        assertEquals(oud, PublicatieTest.actieveVersie());
    }

    @Test
    void deImpactanalyseMetIngangsdatumHerhaaltAlleenDeAdviezenMetEenPeildatumVanafDieDatum() throws Exception {
        String kandidaat = upload("Begeleiding individueel in uren per week (impact vanaf 2031).");
        advies("2031-04-30");
        advies("2031-05-01");
        advies("2031-05-02");
        long vanaf30April = impact(kandidaat, "2031-04-30").getLong("totaal");
        JsonPath vanaf1Mei = impact(kandidaat, "2031-05-01");
        long vanaf3Mei = impact(kandidaat, "2031-05-03").getLong("totaal");
        assertEquals(1, vanaf30April - vanaf1Mei.getLong("totaal"), "het advies van 30 april telt niet mee vanaf 1 mei");
        assertEquals(2, vanaf1Mei.getLong("totaal") - vanaf3Mei, "de adviezen van 1 en 2 mei tellen mee vanaf 1 mei");
        assertEquals("2031-05-01", vanaf1Mei.getString("ingangsdatum"));
        for (String id : vanaf1Mei.getList("voorbeelden", String.class)) {
            String peildatum = given("auditor").get("/api/v1/adviezen/" + id).then().statusCode(200).extract().path("verzoek.peildatum");
            assertFalse(LocalDate.parse(peildatum).isBefore(LocalDate.of(2031, 5, 1)), id + " heeft peildatum " + peildatum);
        }
        assertEquals(0, impact(kandidaat, "9999-12-31").getLong("totaal"));
    }

    private static String upload(String tekst) throws Exception {
        return PublicatieTest.beleid("beleid").multiPart("omschrijving", "Tarieven 2027")
                .multiPart("bestanden", "producten.drl.xlsx", Tabelbewerking.wijzig(PublicatieTest.PRODUCTEN, "Producten", "E12", tekst),
                        "application/octet-stream")
                .post("/api/v1/regelsets/mlw-mer/versies").then().statusCode(201).body("activeerbaar", equalTo(true))
                .extract().path("versie");
    }

    private static JsonPath impact(String kandidaat, String ingangsdatum) {
        return PublicatieTest.beleid("beleid").contentType("application/json").body(Map.of("regeling", "mlw-mer", "kandidaat", kandidaat,
                "van", LocalDate.now().minusDays(1).toString(), "tot", LocalDate.now().plusDays(1).toString(), "ingangsdatum", ingangsdatum))
                .post("/api/v1/impactanalyses").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath advies(String peildatum) {
        return given("intake").contentType("application/json").body(PublicatieTest.VERZOEK.replace("2027-03-01", peildatum))
                .post("/api/v1/adviezen").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath overzicht() {
        return PublicatieTest.beleid("beleid").get("/api/v1/regelsets").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification given(String gebruiker) {
        return PublicatieTest.beleid(gebruiker);
    }
}
