package nl.indicatiewijzer.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** An intake worker fills in the conversation, reads the advice with its sources and prints it. */
@QuarkusTest
class IntakeReisTest {
    @TestHTTPResource("/")
    URL basis;

    @Test
    void hetAdviesOpDePaginaIsHetAdviesVanDeApiMetMotiveringEnBronnenEnAfdrukbaar() throws Exception {
        try (Browser b = new Browser(basis)) {
            b.open("index.html");
            b.controleerToegankelijkheid("aanmelden");
            b.meldAan("intake");
            b.zichtbaar(By.id("veld-leeftijd"));
            assertEquals(List.of("Intake"), b.driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList(),
                    "de intake ziet alleen haar eigen pagina");
            b.controleerToegankelijkheid("intake-formulier");

            b.kies("veld-gemeente", "Weert");
            assertEquals("mlw-mer", b.driver.findElement(By.id("veld-regeling")).getAttribute("value"), "de gemeente kiest de regeling");
            b.datum("veld-peildatum", "2027-03-01");
            b.vul(By.id("veld-clientReferentie"), "ZAAK-2027-0042");
            b.vul(By.id("veld-leeftijd"), "38");
            b.vink(By.cssSelector("input[name=grondslagen][value=PSYCHISCH]"));
            b.kies("veld-leefgebieden-FINANCIEN_ADMINISTRATIE", "MATIG");
            b.kies("veld-complexiteit", "GEMIDDELD");
            b.kies("veld-perspectief", "ONTWIKKELING");
            b.vink(By.cssSelector("input[name=hulpvragen][value=BEGELEIDING_INDIVIDUEEL]"));
            b.vink(By.id("veld-vervoer"));
            b.vul(By.id("veld-vervoer-afstandKm"), "12");
            b.klik(By.cssSelector("#intakeformulier button[type=submit]"));

            String adviesId = b.zichtbaar(By.cssSelector("#resultaat .advies dd .code")).getText();
            JsonPath opgeslagen = given().auth().preemptive().basic("auditor", "auditor").get("/api/v1/adviezen/" + adviesId)
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> verzoek = opgeslagen.getMap("verzoek");
            assertEquals(Map.of("gemeente", "Weert", "peildatum", "2027-03-01", "leeftijd", 38, "grondslagen", List.of("PSYCHISCH"),
                    "leefgebieden", Map.of("FINANCIEN_ADMINISTRATIE", "MATIG"), "complexiteit", "GEMIDDELD", "perspectief", "ONTWIKKELING",
                    "hulpvragen", List.of("BEGELEIDING_INDIVIDUEEL"),
                    "vervoer", Map.of("zelfstandig", false, "rolstoel", false, "afstandKm", 12, "bovenlokaalNoodzakelijk", false)),
                    without(verzoek, "clientReferentie"), "het formulier stuurt wat er is ingevuld, en niets meer");
            assertFalse(verzoek.get("clientReferentie").toString().contains("ZAAK"), "de zaakreferentie is alleen als hash bewaard");

            String pagina = b.driver.findElement(By.id("resultaat")).getText();
            JsonPath advies = new JsonPath(new ObjectMapper().writeValueAsString(opgeslagen.getMap("antwoord")));
            assertEquals("ADVIES", advies.getString("uitkomst"));
            assertTrue(pagina.contains(advies.getInt("perceel.nummer") + " – " + advies.getString("perceel.naam")), pagina);
            for (String code : advies.getList("producten.code", String.class)) {
                assertTrue(pagina.contains(code), "product " + code);
            }
            List<Map<String, String>> motivering = advies.getList("motivering");
            assertFalse(motivering.isEmpty());
            for (Map<String, String> regel : motivering) {
                assertTrue(pagina.contains(regel.get("tekst")) && pagina.contains("Bron: " + regel.get("bron")), "motivering: " + regel);
            }
            for (Map<String, String> afwijzing : advies.<Map<String, String>>getList("afgewezen")) {
                assertTrue(pagina.contains(afwijzing.get("optie") + ": " + afwijzing.get("reden")), "afgewezen: " + afwijzing);
            }
            b.controleerToegankelijkheid("intake-advies");
            b.schermafdruk("intake-pagina");
            b.schermafdruk("intake-advies", By.id("resultaat"));
            assertTrue(b.zichtbaarBijAfdrukken(By.id("resultaat")), "het advies wordt afgedrukt");
            assertFalse(b.zichtbaarBijAfdrukken(By.id("intakeformulier")), "het formulier niet");
            assertTrue(b.zichtbaarBijAfdrukken(By.xpath("//p[contains(., 'Bijlage bij de beschikking')]")));
        }
    }

    @Test
    void eenOngeldigeWaardeStaatBijHaarVeldEnOnvolledigWijstNaarDeOntbrekendeVelden() throws Exception {
        try (Browser b = new Browser(basis)) {
            b.open("index.html");
            b.zichtbaar(By.id("gebruikersnaam")).click();
            new Actions(b.driver).sendKeys("intake").sendKeys(Keys.TAB).sendKeys("intake").sendKeys(Keys.ENTER).perform();
            b.zichtbaar(By.cssSelector("header.kop .naam"));
            b.zichtbaar(By.id("veld-leeftijd"));
            assertEquals("Naar de inhoud", b.driver.findElement(By.cssSelector("a.overslaan")).getAttribute("textContent"),
                    "aanmelden gaat met het toetsenbord alleen, en elke pagina begint met een link naar de inhoud");
            b.kies("veld-gemeente", "Leudal");
            b.vul(By.id("veld-leeftijd"), "200");
            b.vink(By.id("veld-vervoer"));
            b.vul(By.id("veld-vervoer-afstandKm"), "-3");
            b.klik(By.cssSelector("#intakeformulier button[type=submit]"));
            b.tekst(By.id("fouten"), "Ongeldig verzoek");
            for (String veld : List.of("veld-leeftijd", "veld-vervoer-afstandKm")) {
                WebElement invoer = b.driver.findElement(By.id(veld));
                assertEquals("true", invoer.getAttribute("aria-invalid"), veld);
                String beschrijving = invoer.getAttribute("aria-describedby");
                assertTrue(List.of(beschrijving.split(" ")).stream().anyMatch(id -> id.startsWith(veld + "-fout")), veld + ": " + beschrijving);
            }
            assertTrue(b.driver.findElement(By.cssSelector("#fouten a[href='#veld-leeftijd']")).getText().contains("tussen 0 en 130"));
            b.controleerToegankelijkheid("intake-fouten");
            b.schermafdruk("intake-fouten");

            b.vul(By.id("veld-leeftijd"), "38");
            b.vul(By.id("veld-vervoer-afstandKm"), "4");
            b.vink(By.cssSelector("input[name=grondslagen][value=PSYCHISCH]"));
            b.vink(By.cssSelector("input[name=hulpvragen][value=BEGELEIDING_INDIVIDUEEL]"));
            b.klik(By.cssSelector("#intakeformulier button[type=submit]"));
            b.tekst(By.id("resultaat"), "ONVOLLEDIG");
            assertTrue(b.driver.findElements(By.cssSelector("#fouten *")).isEmpty(), "de foutmelding is weg");
            WebElement link = b.driver.findElement(By.cssSelector("#resultaat a[href='#veld-perspectief']"));
            assertEquals("perspectief", link.getText());
            assertEquals("true", b.driver.findElement(By.id("veld-perspectief")).getAttribute("aria-invalid"));
            b.controleerToegankelijkheid("intake-onvolledig");
        }
    }

    private static Map<String, Object> without(Map<String, Object> map, String sleutel) {
        Map<String, Object> kopie = new java.util.HashMap<>(map);
        kopie.remove(sleutel);
        return kopie;
    }
}
