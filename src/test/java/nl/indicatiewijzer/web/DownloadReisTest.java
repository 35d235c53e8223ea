package nl.indicatiewijzer.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A policy worker starts a change on the Beslistabellen page: she downloads the active table (the zip
 * of the active version, or one table), with her own session, and gets the stored bytes.
 */
@QuarkusTest
class DownloadReisTest {
    @TestHTTPResource("/")
    URL basis;

    @Test
    void deBeleidsmedewerkerDownloadtDeActieveTabelVanDePagina() throws Exception {
        JsonPath overzicht = given().auth().preemptive().basic("beleid", "beleid").get("/api/v1/regelsets").then().statusCode(200)
                .extract().jsonPath();
        String actief = overzicht.getString("regelsets.find { it.regeling == 'mlw-mer' }.actieveVersie");
        String bestanden = "/api/v1/regelsets/mlw-mer/versies/" + actief + "/bestanden";
        JsonPath lijst = given().auth().preemptive().basic("beleid", "beleid").get(bestanden).then().statusCode(200).extract().jsonPath();
        try (Browser b = new Browser(basis)) {
            b.meldAan("beleid");
            WebElement zip = b.zichtbaar(By.cssSelector("#downloads li[data-regeling='mlw-mer'] a.download"));
            assertTrue(zip.getText().startsWith("Download de actieve tabel van mlw-mer"), zip.getText());
            assertEquals(basis + bestanden.substring(1) + "?formaat=zip", zip.getAttribute("href"));
            WebElement percelen = b.zichtbaar(By.cssSelector("#downloads li[data-regeling='mlw-mer'] a[href$='/percelen.drl.xlsx']"));
            assertEquals(basis + bestanden.substring(1) + "/percelen.drl.xlsx", percelen.getAttribute("href"));
            assertEquals(lijst.getString("bestanden.find { it.naam == 'percelen.drl.xlsx' }.sha256"), sha256MetDeSessie(b, percelen),
                    "de link geeft, met de aanmelding van de browser, de opgeslagen tabel");
            b.tekst(By.id("versies"), "mlw-mer");
            WebElement versielink = b.driver.findElement(By.cssSelector("#versies a[aria-label='Download versie "
                    + actief.substring(0, 12) + " van mlw-mer (zip)']"));
            assertEquals(zip.getAttribute("href"), versielink.getAttribute("href"));
            b.controleerToegankelijkheid("beleid-download");
            b.schermafdruk("beleid-download");
        }
    }

    /** What the browser receives for the link, as its SHA-256, fetched with the page's own session. */
    private static String sha256MetDeSessie(Browser b, WebElement link) {
        return (String) b.driver.executeAsyncScript("const klaar = arguments[arguments.length - 1];"
                + "fetch(arguments[0].href).then(a => a.ok ? a.arrayBuffer() : Promise.reject(a.status))"
                + ".then(inhoud => crypto.subtle.digest('SHA-256', inhoud))"
                + ".then(h => klaar(Array.from(new Uint8Array(h)).map(x => x.toString(16).padStart(2, '0')).join('')), e => klaar('fout ' + e));",
                link);
    }
}
