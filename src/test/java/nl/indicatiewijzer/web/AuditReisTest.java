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

/** An auditor finds a decision of today, opens it, replays it and checks the chain of the audit log. */
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

            b.klik(By.id("controleer"));
            b.tekst(By.id("integriteit"), "De auditlog is intact");

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
            b.controleerToegankelijkheid("audit-besluit");
            b.schermafdruk("audit-besluit");

            b.open("intake.html");
            b.zichtbaar(By.id("paginas"));
            assertTrue(b.driver.getCurrentUrl().endsWith("index.html"), "een auditor komt niet op de intakepagina");
            assertEquals(List.of("Audit"), b.driver.findElements(By.cssSelector("#paginas a")).stream().map(WebElement::getText).toList());
        }
    }
}
