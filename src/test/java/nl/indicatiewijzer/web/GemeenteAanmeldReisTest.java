package nl.indicatiewijzer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import nl.indicatiewijzer.systeem.ProefIdp;
import nl.indicatiewijzer.systeem.TokenProfiel;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * An intake worker signs in at the municipality's identity provider (the local {@link ProefIdp}, which
 * refuses a sign-in without PKCE): the authorization code flow with PKCE, a session cookie the page's
 * scripts cannot read, no password form, and signing out ends the session.
 */
@QuarkusTest
@TestProfile(TokenProfiel.class)
class GemeenteAanmeldReisTest {
    @TestHTTPResource("/")
    URL basis;

    @Test
    void eenIntakemedewerkerMeldtZichAanBijDeGemeenteEnWeerAf() throws Exception {
        try (Browser b = new Browser(basis)) {
            b.open("index.html");
            b.zichtbaar(By.id("gemeentelink"));
            assertTrue(!b.driver.findElement(By.id("aanmeldformulier")).isDisplayed(), "geen wachtwoordformulier zonder ingebouwde gebruikers");
            b.controleerToegankelijkheid("aanmelden-gemeente");
            b.klik(By.id("gemeentelink"));

            b.vul(By.id("gebruiker"), "ina");
            assertTrue(b.driver.getCurrentUrl().startsWith(ProefIdp.issuer()), b.driver.getCurrentUrl());
            assertTrue(b.driver.getCurrentUrl().contains("code_challenge_method=S256"), "PKCE: " + b.driver.getCurrentUrl());
            b.klik(By.cssSelector("button[type=submit]"));

            b.tekst(By.cssSelector("header.kop .naam"), "Aangemeld als ina");
            assertTrue(b.driver.getCurrentUrl().endsWith("/intake.html"), b.driver.getCurrentUrl());
            assertEquals(List.of("Intake"), b.driver.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList());
            b.zichtbaar(By.id("veld-leeftijd"));
            Cookie sessie = b.driver.manage().getCookieNamed("q_session");
            assertTrue(sessie != null && sessie.isHttpOnly(), "de sessie is een HttpOnly-cookie: " + sessie);
            assertEquals(0L, b.driver.executeScript("return sessionStorage.length + localStorage.length"), "niets in de opslag van de browser");

            b.klik(By.xpath("//header//button[normalize-space()='Afmelden']"));
            b.zichtbaar(By.id("gemeentelink"));
            assertEquals(null, b.driver.manage().getCookieNamed("q_session"), "afgemeld");
        }
    }
}
