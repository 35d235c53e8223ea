package nl.indicatiewijzer.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import nl.indicatiewijzer.beheer.Tabelbewerking;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A colleague activates next year's table from 1 January 2027 on the Beslistabellen page; the page
 * shows the timeline, and an advice before and one after that date get the old and the new version.
 */
@QuarkusTest
class TijdlijnReisTest {
    private static final String TEKST = "Begeleiding individueel in uren per week (per browser vanaf 2027).";

    @TestHTTPResource("/")
    URL basis;

    @Test
    void eenCollegaActiveertEenVersieVanaf1Januari2027EnDePaginaToontDeTijdlijn() throws Exception {
        String oud = beleid("beleid").get("/api/v1/regelsets").then().statusCode(200).extract().jsonPath()
                .getString("regelsets.find { it.regeling == 'mlw-mer' }.actieveVersie");
        String nieuw = beleid("beleid").multiPart("omschrijving", "Tabel 2027").multiPart("bestanden", "producten.drl.xlsx",
                Tabelbewerking.wijzig("decision-tables/mlw-mer/producten.drl.xlsx", "Producten", "E12", TEKST), "application/octet-stream")
                .post("/api/v1/regelsets/mlw-mer/versies").then().statusCode(201).extract().path("versie");
        try (Browser b = new Browser(basis)) {
            b.meldAan("beleid2");
            b.klik(By.cssSelector("button[aria-label='Bekijk versie " + nieuw.substring(0, 12) + " van mlw-mer']"));
            b.datum("ingangsdatum", "2027-01-01");
            b.controleerToegankelijkheid("tijdlijn-activeren");
            b.klik(By.xpath("//button[normalize-space()='Activeren']"));
            String melding = b.tekst(By.id("activering"), "vanaf 1 januari 2027").getText();
            assertTrue(melding.contains("is actief, geactiveerd door beleid2") && melding.contains("vanaf 1 januari 2027: versie " + nieuw.substring(0, 12))
                    && melding.contains("tot 1 januari 2027: versie " + oud.substring(0, 12)), melding);
            b.tekst(By.id("versies"), "vanaf 1 januari 2027: versie " + nieuw.substring(0, 12));
            b.controleerToegankelijkheid("tijdlijn-versies");
            b.schermafdruk("tijdlijn-versies");
            assertEquals(oud, regelsetVersie("2026-12-31"));
            assertEquals(nieuw, regelsetVersie("2027-01-01"));
        } finally {
            beleid("beleid").post("/api/v1/regelsets/mlw-mer/versies/" + oud + "/activering").then().statusCode(200);
        }
    }

    private static String regelsetVersie(String peildatum) {
        return given().auth().preemptive().basic("intake", "intake").contentType("application/json").body("""
                {"regeling": "mlw-mer", "peildatum": "%s", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
                 "perspectief": "ONTWIKKELING", "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"],
                 "leefgebieden": {"FINANCIEN_ADMINISTRATIE": "MATIG"}}""".formatted(peildatum))
                .post("/api/v1/adviezen").then().statusCode(200).extract().path("regelsetVersie");
    }

    private static io.restassured.specification.RequestSpecification beleid(String gebruiker) {
        return given().auth().preemptive().basic(gebruiker, gebruiker);
    }
}
