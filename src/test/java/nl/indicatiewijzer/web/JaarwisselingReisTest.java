package nl.indicatiewijzer.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Base64;
import nl.indicatiewijzer.beheer.Tabelbewerking;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Next year's table, start to end as policy staff do it (issue 22): download the active table from the page,
 * change a cell and add a row, upload it with a description, read the NIET_GETEST warning for the row no
 * example case fires, and a colleague activates it from 1 January 2030; an advice with a peildatum before
 * that date keeps the old version and its sentence, one on or after it gets the new.
 */
@QuarkusTest
class JaarwisselingReisTest {
    private static final String TEKST = "Begeleiding individueel in uren direct cliëntcontact per week (tabel 2030).";

    @TestHTTPResource("/")
    URL basis;

    @Test
    void eenTabelVoorVolgendJaarBesluitAlleenDeAdviezenVanafHaarIngangsdatum() throws Exception {
        String oud = actieveVersie();
        String oudeZin = zinVoorBgi(advies("2029-12-31"));
        try (Browser b = new Browser(basis)) {
            b.meldAan("beleid");
            WebElement link = b.zichtbaar(By.cssSelector("#downloads li[data-regeling='mlw-mer'] a[href$='/producten.drl.xlsx']"));
            byte[] tabel = downloadMetDeSessie(b, link);
            tabel = Tabelbewerking.wijzig(tabel, "Producten", "E12", TEKST);
            for (String[] cel : new String[][] {{"A17", "PROEF"}, {"B17", "Proefproduct"}, {"C17", "uur"}, {"D17", "02"},
                {"E17", "Een proefproduct dat geen intake vraagt."}, {"F17", "002_9e08778fcfad97cb.txt, Algemene productbeschrijvingen"}}) {
                tabel = Tabelbewerking.wijzig(tabel, "Producten", cel[0], cel[1]);
            }

            b.kies("upload-regeling", "mlw-mer");
            b.vul(By.id("upload-omschrijving"), "Tarieven 2030");
            b.driver.findElement(By.id("bestanden")).sendKeys(Browser.bestand("producten.drl.xlsx", tabel).getAbsolutePath());
            b.klik(By.cssSelector("#uploadformulier button[type=submit]"));
            b.tekst(By.id("werkblad"), "Deze versie kan door een collega worden geactiveerd.");
            String rij = b.driver.findElement(By.xpath("//table[caption[starts-with(., 'Waarschuwingen')]]//tr[td[.='NIET_GETEST']]")).getText();
            assertTrue(rij.contains("Producten") && rij.contains("17"), "de nieuwe rij raakt geen voorbeeldgeval: " + rij);
            String nieuw = b.driver.findElement(By.xpath("//dt[.='Versie']/following-sibling::dd[1]")).getText();
            b.controleerToegankelijkheid("jaarwisseling-rapport");

            b.meldAf();
            b.meldAan("beleid2");
            b.klik(By.cssSelector("button[aria-label='Bekijk versie " + nieuw.substring(0, 12) + " van mlw-mer']"));
            b.datum("ingangsdatum", "2030-01-01");
            b.klik(By.xpath("//button[normalize-space()='Activeren']"));
            b.tekst(By.id("activering"), "vanaf 1 januari 2030: versie " + nieuw.substring(0, 12));
            b.schermafdruk("jaarwisseling-geactiveerd");

            JsonPath voor = advies("2029-12-31");
            JsonPath na = advies("2030-01-01");
            assertEquals(oud, voor.getString("regelsetVersie"), "vóór de ingangsdatum beslist de oude versie");
            assertEquals(oudeZin, zinVoorBgi(voor));
            assertEquals(nieuw, na.getString("regelsetVersie"), "vanaf de ingangsdatum beslist de nieuwe versie");
            assertEquals(TEKST, zinVoorBgi(na));
            assertNotEquals(oudeZin, TEKST);
        } finally {
            given().auth().preemptive().basic("beleid", "beleid").post("/api/v1/regelsets/mlw-mer/versies/" + oud + "/activering")
                    .then().statusCode(200);
        }
    }

    /** The bytes the page's link gives, fetched with the browser's own session. */
    private static byte[] downloadMetDeSessie(Browser b, WebElement link) {
        String inhoud = (String) b.driver.executeAsyncScript("const klaar = arguments[arguments.length - 1];"
                + "fetch(arguments[0].href).then(a => a.ok ? a.arrayBuffer() : Promise.reject(a.status))"
                + ".then(buf => { let s = ''; new Uint8Array(buf).forEach(x => s += String.fromCharCode(x)); klaar(btoa(s)); }, e => klaar('fout ' + e));",
                link);
        assertTrue(!inhoud.startsWith("fout"), inhoud);
        return Base64.getDecoder().decode(inhoud);
    }

    private static String zinVoorBgi(JsonPath advies) {
        return advies.getString("motivering.find { it.tabelrij?.startsWith('producten.drl.xlsx, rij 12') }.tekst");
    }

    private static JsonPath advies(String peildatum) {
        return given().auth().preemptive().basic("intake", "intake").contentType("application/json").body("""
                {"regeling": "mlw-mer", "peildatum": "%s", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
                 "perspectief": "ONTWIKKELING", "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"],
                 "leefgebieden": {"FINANCIEN_ADMINISTRATIE": "MATIG"}}""".formatted(peildatum))
                .post("/api/v1/adviezen").then().statusCode(200).extract().jsonPath();
    }

    private static String actieveVersie() {
        return given().auth().preemptive().basic("beleid", "beleid").get("/api/v1/regelsets").then().statusCode(200).extract()
                .jsonPath().getString("regelsets.find { it.regeling == 'mlw-mer' }.actieveVersie");
    }
}
