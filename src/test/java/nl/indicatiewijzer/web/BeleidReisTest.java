package nl.indicatiewijzer.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import nl.indicatiewijzer.beheer.Tabelbewerking;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A policy worker uploads a broken and then a good table, reads the report, the diff and the impact
 * with one example, cannot activate her own version, and a colleague does.
 */
@QuarkusTest
class BeleidReisTest {
    static final String PRODUCTEN = "decision-tables/mlw-mer/producten.drl.xlsx";
    static final String TEKST = "Begeleiding individueel: uren direct cliëntcontact per week, per browser gewijzigd.";

    @TestHTTPResource("/")
    URL basis;

    @Test
    void eenBeleidsmedewerkerUploadtLeestHetRapportEnDeImpactEnEenCollegaActiveert() throws Exception {
        String oud = actieveVersie();
        given().auth().preemptive().basic("intake", "intake").contentType("application/json").body("""
                {"regeling": "mlw-mer", "peildatum": "2027-03-01", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
                 "perspectief": "ONTWIKKELING", "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"],
                 "leefgebieden": {"FINANCIEN_ADMINISTRATIE": "MATIG"}}""").post("/api/v1/adviezen").then().statusCode(200);
        try (Browser b = new Browser(basis)) {
            b.meldAan("beleid");
            b.zichtbaar(By.id("uploadformulier"));
            assertEquals(List.of("Beslistabellen"), b.driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList());
            b.tekst(By.id("versies"), "ACTIEF");
            b.controleerToegankelijkheid("beleid-versies");

            upload(b, Tabelbewerking.wijzig("decision-tables/mlw-mer/percelen.drl.xlsx", "Percelen", "C13", "vijf jaar"), "percelen.drl.xlsx");
            WebElement fouten = b.tekst(By.id("werkblad"), "Deze versie kan niet worden geactiveerd.")
                    .findElement(By.xpath(".//table[caption[starts-with(., 'Fouten')]]"));
            String rij = fouten.findElement(By.cssSelector("tbody tr")).getText();
            assertTrue(rij.contains("CELWAARDE") && rij.contains("percelen.drl.xlsx") && rij.contains("Percelen") && rij.contains("13")
                    && rij.contains("C") && rij.contains("vijf jaar"), rij);
            b.controleerToegankelijkheid("beleid-fouten");
            b.schermafdruk("beleid-fouten");

            upload(b, Tabelbewerking.wijzig(PRODUCTEN, "Producten", "E12", TEKST), "producten.drl.xlsx");
            b.tekst(By.id("werkblad"), "Deze versie kan door een collega worden geactiveerd.");
            String nieuw = b.driver.findElement(By.xpath("//dt[.='Versie']/following-sibling::dd[1]")).getText();
            b.klik(By.xpath("//button[normalize-space()='Verschil met de actieve versie']"));
            String verschil = b.tekst(By.id("verschil"), TEKST).getText();
            assertTrue(verschil.contains("gewijzigd") && verschil.contains("E ("), verschil);

            b.klik(By.xpath("//button[normalize-space()='Impact berekenen']"));
            String impact = b.tekst(By.id("impact"), "besluiten zouden veranderen").getText();
            assertTrue(impact.contains("Uitkomst: van oud naar nieuw") && impact.contains("Producten: van oud naar nieuw"), impact);
            b.klik(By.cssSelector("#impact p button[aria-label^='Bekijk voorbeeld']"));
            assertTrue(b.tekst(By.id("voorbeeld"), TEKST).getText().contains("motivering"), "het voorbeeld toont de gewijzigde motivering");
            b.controleerToegankelijkheid("beleid-impact");
            b.schermafdruk("beleid-impact");

            b.klik(By.xpath("//button[normalize-space()='Activeren']"));
            b.tekst(By.id("activering"), "Vier ogen");
            assertEquals(oud, actieveVersie(), "wie uploadde, activeert niet");

            b.meldAf();
            b.meldAan("beleid2");
            b.klik(By.cssSelector("button[aria-label='Bekijk versie " + nieuw.substring(0, 12) + " van mlw-mer']"));
            b.klik(By.xpath("//button[normalize-space()='Activeren']"));
            b.tekst(By.id("activering"), "is actief, geactiveerd door beleid2");
            assertEquals(nieuw, actieveVersie());
        } finally {
            given().auth().preemptive().basic("beleid", "beleid").post("/api/v1/regelsets/mlw-mer/versies/" + oud + "/activering")
                    .then().statusCode(200);
        }
    }

    @Test
    void eenToegevoegdeRijDieGeenGevalRaaktStaatAlsNietGetestInHetRapportEnGearceerdInDeDekking() throws Exception {
        byte[] tabel = Tabelbewerking.wijzig(PRODUCTEN, "Producten", "A17", "PROEF");
        for (String[] cel : new String[][] {{"B17", "Proefproduct"}, {"C17", "uur"}, {"D17", "02"},
            {"E17", "Een proefproduct dat geen intake vraagt."}, {"F17", "002_9e08778fcfad97cb.txt, Algemene productbeschrijvingen"}}) {
            tabel = Tabelbewerking.wijzig(tabel, "Producten", cel[0], cel[1]);
        }
        try (Browser b = new Browser(basis)) {
            b.meldAan("beleid");
            upload(b, tabel, "producten.drl.xlsx");
            WebElement waarschuwing = b.tekst(By.id("werkblad"), "NIET_GETEST")
                    .findElement(By.xpath(".//table[caption[starts-with(., 'Waarschuwingen')]]//tr[td[.='NIET_GETEST']]"));
            String rij = waarschuwing.getText();
            assertTrue(rij.contains("producten.drl.xlsx") && rij.contains("Producten") && rij.contains("17"), rij);
            assertTrue(b.driver.findElement(By.xpath("//dt[.='Dekking']/following-sibling::dd[1]")).getText()
                    .matches("\\d+ van de \\d+ tabelrijen en \\d+ van de \\d+ regels getest"));

            b.klik(By.xpath("//button[normalize-space()='Dekking door de voorbeeldgevallen']"));
            b.tekst(By.id("dekking"), "niet getest");
            List<WebElement> ongetest = b.driver.findElements(By.cssSelector("#dekking table.dekking tr.niet-gedekt"));
            assertEquals(1, ongetest.size(), "alleen de nieuwe rij is niet getest");
            String tekst = ongetest.get(0).getText();
            assertTrue(tekst.contains("Producten") && tekst.contains("17") && tekst.contains("niet getest"), tekst);
            WebElement getest = b.driver.findElement(By.xpath("//table[contains(@class,'dekking')]//tr[td[.='Producten'] and td[.='12']]"));
            assertTrue(!getest.getAttribute("class").contains("niet-gedekt") && getest.getText().endsWith("getest"), getest.getText());
            b.controleerToegankelijkheid("beleid-dekking");
            b.schermafdruk("beleid-dekking");
        }
    }

    private static void upload(Browser b, byte[] inhoud, String naam) throws Exception {
        b.kies("upload-regeling", "mlw-mer");
        b.driver.findElement(By.id("bestanden")).sendKeys(Browser.bestand(naam, inhoud).getAbsolutePath());
        b.klik(By.cssSelector("#uploadformulier button[type=submit]"));
        b.tekst(By.id("werkblad"), "Controle van versie");
    }

    private static String actieveVersie() {
        return given().auth().preemptive().basic("beleid", "beleid").get("/api/v1/regelsets").then().statusCode(200).extract()
                .jsonPath().getString("regelsets.find { it.regeling == 'mlw-mer' }.actieveVersie");
    }
}
