package nl.indicatiewijzer.systeem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Intake workers and auditors signed in at the municipality's identity provider, and tokens that must not pass. */
@QuarkusTest
@TestProfile(TokenProfiel.class)
class TokenTest {
    @TestHTTPResource("/")
    URL basis;
    static final String VERZOEK = """
            {"regeling": "tsd", "peildatum": "2027-03-01", "leeftijd": 40, "grondslagen": ["PSYCHISCH"]}""";

    @Test
    void eenGeldigTokenMetDeIntakerolGeeftEenAdviesOpNaamVanDeIntakemedewerker() {
        String id = given().auth().oauth2(token(5, "ina", "wmo-intake"))
                .contentType("application/json").body(VERZOEK).post("/api/v1/adviezen")
                .then().statusCode(200).extract().path("adviesId");
        given().auth().oauth2(token(5, "aad", "auditor"))
                .get("/api/v1/adviezen/" + id).then().statusCode(200).body("gebruiker", equalTo("ina")).body("rol", equalTo("intake"));
        given().auth().oauth2(token(5, "ina", "wmo-intake")).get("/api/v1/gebruiker")
                .then().statusCode(200).body("naam", equalTo("ina")).body("rollen", equalTo(List.of("intake")));
    }

    @Test
    void eenTokenZonderDeRolGeeft403() {
        given().auth().oauth2(token(5, "bea", "beleid"))
                .contentType("application/json").body(VERZOEK).post("/api/v1/adviezen").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("intake"));
        given().auth().oauth2(token(5, "ina", "intake"))
                .contentType("application/json").body(VERZOEK).post("/api/v1/adviezen").then().statusCode(403);
    }

    @Test
    void verlopenVervalsteOfVreemdeTokensGeven401() {
        Map<String, Object> geldig = Tokens.claims(ProefIdp.issuer(), 5, "ina", "wmo-intake");
        for (String token : List.of(
                token(-5, "ina", "wmo-intake"),
                Tokens.onderteken(ProefIdp.SLEUTEL.getPrivate(), ProefIdp.KID, Tokens.claims("https://elders.test", 5, "ina", "wmo-intake")),
                Tokens.onderteken(Tokens.sleutelpaar().getPrivate(), ProefIdp.KID, geldig),
                Tokens.onderteken(Tokens.sleutelpaar().getPrivate(), "vreemd", geldig),
                Tokens.zonderHandtekening(geldig), "geen.token.hier")) {
            given().auth().oauth2(token).contentType("application/json").body(VERZOEK).post("/api/v1/adviezen")
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void zonderAanmeldingVraagtDeServiceOmEenToken() {
        given().contentType("application/json").body(VERZOEK).post("/api/v1/adviezen").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer realm=\"Indicatiewijzer\""));
    }

    @Test
    void deIngebouwdeGebruikersBestaanNietAlsErEenIdentityProviderIs() {
        given().auth().preemptive().basic("intake", "intake").contentType("application/json").body(VERZOEK)
                .post("/api/v1/adviezen").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .header("WWW-Authenticate", not(containsString("Basic")));
    }

    @Test
    void eenOngeldigTokenKrijgt401VoorHetLichaam() throws Exception {
        String kop = AanmeldenVoorHetLichaamTest.stil(basis, "/api/v1/adviezen", "Bearer " + token(-5, "ina", "wmo-intake"), 10_000);
        assertTrue(kop.startsWith("HTTP/1.1 401") && kop.contains("error=\"invalid_token\""), kop);
    }

    static String token(int minuten, String naam, String rol) {
        return Tokens.onderteken(ProefIdp.SLEUTEL.getPrivate(), ProefIdp.KID, Tokens.claims(ProefIdp.issuer(), minuten, naam, rol));
    }
}
