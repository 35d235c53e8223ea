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
 * A policy worker uploads a broken and then a good table, each with a description, reads the report,
 * finds her versions in the list by description (earlier and rejected ones behind "Toon", a page at a
 * time), reads the diff and the impact (changed combinations first, unchanged folded) with one example,
 * cannot activate her own version, and a colleague does.
 */
@QuarkusTest
class BeleidReisTest {
    static final String PRODUCTEN = "decision-tables/mlw-mer/producten.drl.xlsx";
    static final String TEKST = "Begeleiding individueel: uren direct cliëntcontact per week, per browser gewijzigd.";
    static final String OMSCHRIJVING = "Uren per week <per browser> & 'getest'";

    @TestHTTPResource("/")
    URL basis;

    @Test
    void eenBeleidsmedewerkerUploadtLeestHetRapportEnDeImpactEnEenCollegaActiveert() throws Exception {
        String oud = actieveVersie();
        given().auth().preemptive().basic("intake", "intake").contentType("application/json").body("""
                {"regeling": "mlw-mer", "peildatum": "2027-03-01", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
                 "perspectief": "ONTWIKKELING", "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"],
                 "leefgebieden": {"FINANCIEN_ADMINISTRATIE": "MATIG"}}""").post("/api/v1/adviezen").then().statusCode(200);
        for (int i = 0; i < 21; i++) {
            given().auth().preemptive().basic("beleid", "beleid").multiPart("omschrijving", "Afgekeurd nummer " + i)
                    .multiPart("bestanden", "percelen.drl.xlsx", Tabelbewerking.wijzig("decision-tables/mlw-mer/percelen.drl.xlsx", "Percelen",
                            "C13", "afgekeurd " + i), "application/octet-stream")
                    .post("/api/v1/regelsets/mlw-mer/versies").then().statusCode(201);
        }
        try (Browser b = new Browser(basis)) {
            b.meldAan("beleid");
            b.zichtbaar(By.id("uploadformulier"));
            assertEquals(List.of("Beslistabellen"), b.driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList());
            b.tekst(By.id("versies"), "mlw-mer: actief");
            b.controleerToegankelijkheid("beleid-versies");

            int versies = aantalVersies();
            b.driver.findElement(By.id("bestanden")).sendKeys(Browser.bestand("producten.drl.xlsx",
                    Tabelbewerking.wijzig(PRODUCTEN, "Producten", "E12", "zonder omschrijving")).getAbsolutePath());
            b.klik(By.cssSelector("#uploadformulier button[type=submit]"));
            b.tekst(By.id("werkblad"), "omschrijving: verplicht");
            b.zichtbaar(By.cssSelector("#werkblad [role=alert] a[href='#upload-omschrijving']"));
            assertEquals(versies, aantalVersies(), "zonder omschrijving wordt niets bewaard");
            b.driver.executeScript("document.getElementById('bestanden').value = ''");

            upload(b, Tabelbewerking.wijzig("decision-tables/mlw-mer/percelen.drl.xlsx", "Percelen", "C13", "vijf jaar"), "percelen.drl.xlsx",
                    "Duur in woorden");
            WebElement fouten = b.tekst(By.id("werkblad"), "Deze versie kan niet worden geactiveerd.")
                    .findElement(By.xpath(".//table[caption[starts-with(., 'Fouten')]]"));
            String rij = fouten.findElement(By.cssSelector("tbody tr")).getText();
            assertTrue(rij.contains("CELWAARDE") && rij.contains("percelen.drl.xlsx") && rij.contains("Percelen") && rij.contains("13")
                    && rij.contains("C") && rij.contains("vijf jaar"), rij);
            b.controleerToegankelijkheid("beleid-fouten");
            b.schermafdruk("beleid-fouten");

            upload(b, Tabelbewerking.wijzig(PRODUCTEN, "Producten", "E12", TEKST), "producten.drl.xlsx", OMSCHRIJVING);
            b.tekst(By.id("werkblad"), "Deze versie kan door een collega worden geactiveerd.");
            String nieuw = b.driver.findElement(By.xpath("//dt[.='Versie']/following-sibling::dd[1]")).getText();
            assertEquals(OMSCHRIJVING, b.driver.findElement(By.xpath("//dt[.='Omschrijving']/following-sibling::dd[1]")).getText());
            assertEquals("producten: 1 rij gewijzigd", b.driver.findElement(By.xpath("//dt[.='Wat er veranderde']/following-sibling::dd[1]")).getText());
            versielijst(b, nieuw);
            b.klik(By.xpath("//button[normalize-space()='Verschil met de actieve versie']"));
            String verschil = b.tekst(By.id("verschil"), TEKST).getText();
            assertTrue(verschil.contains("gewijzigd") && verschil.contains("E ("), verschil);

            b.klik(By.xpath("//button[normalize-space()='Impact berekenen']"));
            String impact = b.tekst(By.id("impact"), "besluiten zouden veranderen").getText();
            assertTrue(impact.contains("Uitkomst: van oud naar nieuw") && impact.contains("Producten: van oud naar nieuw"), impact);
            assertTrue(impact.contains("Geen besluit verandert in dit opzicht."), "een andere tekst verandert geen uitkomst: " + impact);
            WebElement ingeklapt = b.driver.findElement(By.cssSelector("#impact details.ongewijzigd"));
            assertTrue(ingeklapt.findElement(By.tagName("summary")).getText().matches("\\d+ ongewijzigde combinaties? \\(\\d+ besluit(en)?\\)"),
                    ingeklapt.getText());
            assertEquals(null, ingeklapt.getAttribute("open"), "de ongewijzigde combinaties staan ingeklapt");
            matrixvolgorde(b);
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

    /** Her version is in the list by its description; rejected ones are behind "Toon", twenty a page. */
    private static void versielijst(Browser b, String nieuw) throws Exception {
        WebElement rij = b.zichtbaar(By.xpath("//table[caption='Versies van mlw-mer: actief en wachtend']//tr[td[.='" + nieuw.substring(0, 12) + "']]"));
        assertTrue(rij.getText().contains(OMSCHRIJVING) && rij.getText().contains("producten: 1 rij gewijzigd")
                && rij.getText().contains("wacht op activering"), rij.getText());
        assertTrue(b.driver.findElements(By.xpath("//table[caption='Versies van mlw-mer: actief en wachtend']//td[.='afgekeurd']")).isEmpty(),
                "afgekeurde versies staan niet in de eerste lijst");
        b.kies("toon-mlw-mer", "afgekeurd");
        b.tekst(By.xpath("//details[summary[starts-with(., 'mlw-mer')]]//p[@class='paginastand']"), "Pagina 1 van ");
        WebElement tabel = b.zichtbaar(By.xpath("//table[caption='Versies van mlw-mer: afgekeurd']"));
        assertEquals(20, tabel.findElements(By.cssSelector("tbody tr")).size(), "twintig per pagina");
        assertTrue(tabel.getText().contains("Duur in woorden"), "de nieuwste afgekeurde versie staat bovenaan: " + tabel.getText());
        WebElement vorige = b.driver.findElement(By.cssSelector("button[aria-label='Vorige pagina met versies van mlw-mer']"));
        assertTrue(!vorige.isEnabled(), "op de eerste pagina is er geen vorige");
        b.controleerToegankelijkheid("beleid-versielijst");
        b.klik(By.cssSelector("button[aria-label='Volgende pagina met versies van mlw-mer']"));
        String stand = b.tekst(By.xpath("//details[summary[starts-with(., 'mlw-mer')]]//p[@class='paginastand']"), "Pagina 2 van ").getText();
        assertTrue(stand.matches("Pagina 2 van \\d+ \\(\\d+ versies\\)"), stand);
        assertTrue(b.driver.findElement(By.xpath("//table[caption='Versies van mlw-mer: afgekeurd']")).getText().contains("Afgekeurd nummer"));
        b.schermafdruk("beleid-versielijst");
        b.kies("toon-mlw-mer", "actueel");
        b.zichtbaar(By.xpath("//table[caption='Versies van mlw-mer: actief en wachtend']"));
    }

    /** The page's matrix: changed combinations first, largest first, marked in words; the unchanged folded. */
    @SuppressWarnings("unchecked")
    private static void matrixvolgorde(Browser b) {
        List<String> rijen = (List<String>) b.driver.executeScript("""
                const m = Impactmatrix.matrix("Proef", [{oud: "A", nieuw: "A", aantal: 50, voorbeelden: []},
                  {oud: "A", nieuw: "B", aantal: 2, voorbeelden: []}, {oud: "B", nieuw: "C", aantal: 7, voorbeelden: []},
                  {oud: "C", nieuw: "C", aantal: 1, voorbeelden: []}], () => null);
                return [...m.querySelectorAll("table > tbody > tr")].map((r) => [...r.cells].map((c) => c.textContent).join("|"))
                  .concat(m.querySelector("details > summary").textContent);""");
        assertEquals(List.of("gewijzigd|B|C|7|", "gewijzigd|A|B|2|", "A|50", "C|1", "2 ongewijzigde combinaties (51 besluiten)"), rijen);
    }

    private static int aantalVersies() {
        return given().auth().preemptive().basic("beleid", "beleid").get("/api/v1/regelsets?regeling=mlw-mer").then().statusCode(200)
                .extract().jsonPath().getInt("regelsets[0].aantallen.alle");
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
            upload(b, tabel, "producten.drl.xlsx", "Proefproduct zonder geval");
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

    private static void upload(Browser b, byte[] inhoud, String naam, String omschrijving) throws Exception {
        b.kies("upload-regeling", "mlw-mer");
        b.vul(By.id("upload-omschrijving"), omschrijving);
        b.driver.findElement(By.id("bestanden")).sendKeys(Browser.bestand(naam, inhoud).getAbsolutePath());
        b.klik(By.cssSelector("#uploadformulier button[type=submit]"));
        b.tekst(By.id("werkblad"), "Controle van versie");
    }

    private static String actieveVersie() {
        return given().auth().preemptive().basic("beleid", "beleid").get("/api/v1/regelsets").then().statusCode(200).extract()
                .jsonPath().getString("regelsets.find { it.regeling == 'mlw-mer' }.actieveVersie");
    }
}
