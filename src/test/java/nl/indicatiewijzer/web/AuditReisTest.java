package nl.indicatiewijzer.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An auditor finds a decision of today, opens it, replays it, checks the chain of the audit log, checks a
 * checkpoint saved earlier and sees the proof that the decision is in the log.
 */
@QuarkusTest
class AuditReisTest {
    @TestHTTPResource("/")
    URL basis;

    @Test
    void eenAuditorVindtEenBesluitSpeeltHetIdentiekAfEnZietDatDeAuditlogIntactIs() throws Exception {
        String adviesId = given().auth().preemptive().basic("intake", "intake").contentType("application/json")
                .body("""
                        {"regeling": "bijlage5", "peildatum": "2027-02-01", "leeftijd": 52, "grondslagen": ["LICHAMELIJK"],
                         "hulpvragen": ["DAGSTRUCTUUR"], "vervoer": {"zelfstandig": false, "afstandKm": 14}}""")
                .post("/api/v1/adviezen").then().statusCode(200).extract().path("adviesId");
        try (Browser b = new Browser(basis)) {
            b.meldAan("auditor");
            b.zichtbaar(By.id("zoekformulier"));
            assertEquals(List.of("Audit"), b.driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList());
            b.controleerToegankelijkheid("audit-zoeken");

            String bewaard = given().auth().preemptive().basic("auditor", "auditor").get("/api/v1/adviezen/integriteit")
                    .then().statusCode(200).extract().asString();
            given().auth().preemptive().basic("intake", "intake").contentType("application/json")
                    .body("{\"regeling\": \"mlw-mer\", \"peildatum\": \"2027-03-01\", \"leeftijd\": 40, \"grondslagen\": [\"PSYCHISCH\"]}")
                    .post("/api/v1/adviezen").then().statusCode(200);
            b.klik(By.id("controleer"));
            b.tekst(By.id("integriteit"), "De auditlog is intact");
            b.tekst(By.id("integriteit"), "Ondertekend controlepunt");
            b.tekst(By.id("integriteit"), "Bewaar dit controlepunt");
            b.vul(By.id("bewaard"), bewaard);
            b.klik(By.cssSelector("#controlepuntformulier button[type=submit]"));
            b.tekst(By.id("verlenging"), "De log van nu verlengt het bewaarde controlepunt");
            b.controleerToegankelijkheid("audit-controlepunt");

            b.kies("regeling", "bijlage5");
            b.datum("van", LocalDate.now().toString());
            b.datum("tot", LocalDate.now().toString());
            b.klik(By.cssSelector("#zoekformulier button[type=submit]"));
            b.tekst(By.id("lijst"), "besluiten gevonden");
            By openen = By.cssSelector("button[aria-label='Open besluit " + adviesId + "']");
            while (b.driver.findElements(openen).isEmpty()) {
                b.klik(By.xpath("//button[normalize-space()='Volgende pagina']"));
            }
            b.klik(openen);
            b.tekst(By.id("besluit"), "Besluit " + adviesId);
            assertTrue(b.driver.findElement(By.id("besluit")).getText().contains("bijlage5"));
            b.klik(By.xpath("//button[normalize-space()='Herhaal onder de versie die besliste']"));
            b.tekst(By.id("herhaling"), "Identiek: de herhaling geeft hetzelfde besluit");
            b.klik(By.xpath("//button[normalize-space()='Toon het bewijs dat dit besluit in de log staat']"));
            b.tekst(By.id("bewijs"), "Nagerekend: dit besluit staat ongewijzigd in de log");
            b.controleerToegankelijkheid("audit-besluit");
            b.schermafdruk("audit-besluit");

            b.open("intake.html");
            b.zichtbaar(By.id("paginas"));
            assertTrue(b.driver.getCurrentUrl().endsWith("index.html"), "een auditor komt niet op de intakepagina");
            assertEquals(List.of("Audit"), b.driver.findElements(By.cssSelector("#paginas a")).stream().map(WebElement::getText).toList());
        }
    }
}
