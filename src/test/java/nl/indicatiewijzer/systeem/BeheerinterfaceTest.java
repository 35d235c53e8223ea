package nl.indicatiewijzer.systeem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.versies.RegelsetRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics answer on the management interface only, not with the API; readiness follows
 * the rule sets and the store; the metrics name regelingen and outcomes, never a person.
 */
@QuarkusTest
class BeheerinterfaceTest {
    @TestHTTPResource(value = "/", management = true)
    URL beheer;

    @Inject
    RegelsetRegister register;

    URL gereed;
    URL levend;
    URL metingen;

    @BeforeEach
    void beheerpoort() throws MalformedURLException, InterruptedException {
        gereed = new URL(beheer, "/q/health/ready");
        levend = new URL(beheer, "/q/health/live");
        metingen = new URL(beheer, "/q/metrics");
        // the HTTP warm-up runs as soon as the server listens; a test may start a moment earlier
        for (int i = 0; i < 100 && given().get(gereed).statusCode() != 200; i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void gezondheidEnMetingenAntwoordenOpDeBeheerpoortEnNietBijDeApi() {
        given().get(gereed).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("regelset mlw-mer", "regelset tsd", "Database connections health check"));
        given().get(levend).then().statusCode(200).body("status", equalTo("UP"));
        given().get(metingen).then().statusCode(200);
        for (String pad : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().get(pad).then().statusCode(404);
        }
    }

    @Test
    void naDeStartIsDeHttpLaagOpgewarmdMetVerzoekenZonderGeldigeAanmeldingDieDeServiceWeigerde() {
        given().get(gereed).then().statusCode(200)
                .body("checks.find { it.name == 'http opgewarmd' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'http opgewarmd' }.data.antwoord", equalTo(401));
    }

    @Test
    void gereedheidGaatNaarDownZolangEenRegelingGeenRegelsetHeeftEnDaarnaWeerUp() {
        RegelsetRegister echt = ClientProxy.unwrap(register);
        QuarkusMock.installMockForType(new RegelsetRegister(new SimpleMeterRegistry()) {
            @Override
            public Regelset actief(Regeling regeling) {
                return regeling == Regeling.TSD ? null : echt.actief(regeling);
            }
        }, RegelsetRegister.class);
        given().get(gereed).then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'regelset tsd' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'regelset mlw-mer' }.status", equalTo("UP"));
        QuarkusMock.installMockForType(echt, RegelsetRegister.class);
        given().get(gereed).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void deMetingenNoemenRegelingUitkomstEnVersieMaarGeenClientOfGebruiker() {
        String referentie = "BSN-" + UUID.randomUUID();
        given().auth().preemptive().basic("intake", "intake").contentType("application/json")
                .body("{\"regeling\": \"tsd\", \"peildatum\": \"2027-03-01\", \"leeftijd\": 40, \"grondslagen\": [\"PSYCHISCH\"], "
                        + "\"clientReferentie\": \"" + referentie + "\"}")
                .post("/api/v1/adviezen").then().statusCode(200);
        given().auth().preemptive().basic("beleid", "beleid").multiPart("omschrijving", "Geen werkmap").multiPart("bestanden", "producten.drl.xlsx",
                "geen werkmap".getBytes(StandardCharsets.UTF_8)).post("/api/v1/regelsets/tsd/versies").then().statusCode(400);

        String tekst = given().get(metingen).then().statusCode(200).extract().asString();
        for (String reeks : new String[] {"indicatiewijzer_adviezen_total{regeling=\"tsd\",uitkomst=\"",
                "indicatiewijzer_advies_duur_seconds_bucket{regeling=\"tsd\",le=\"", "indicatiewijzer_audit_partij_adviezen_count ",
                "indicatiewijzer_audit_commit_seconds_count ", "indicatiewijzer_regelset_bouw_seconds_count{bron=\"",
                "indicatiewijzer_upload_validaties_total{regeling=\"tsd\",uitslag=\"geweigerd\"}",
                "indicatiewijzer_regelset_actief{regeling=\"mlw-mer\",versie=\""}) {
            assertTrue(tekst.contains(reeks), "ontbreekt: " + reeks);
        }
        assertFalse(tekst.contains(referentie), "een clientreferentie staat in de metingen");
        assertFalse(tekst.matches("(?s).*[{,](user|gebruiker|client|clientReferentie|principal)=.*"), "een persoon als label");
        assertFalse(tekst.contains("\"intake\"") || tekst.contains("\"beleid\""), "een gebruikersnaam als labelwaarde");
    }
}
