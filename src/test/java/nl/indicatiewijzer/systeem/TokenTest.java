package nl.indicatiewijzer.systeem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** Intake workers and auditors signed in at the municipality's identity provider, and tokens that must not pass. */
@QuarkusTest
@TestProfile(TokenProfiel.class)
class TokenTest {
    static final String VERZOEK = """
            {"regeling": "tsd", "peildatum": "2027-03-01", "leeftijd": 40, "grondslagen": ["PSYCHISCH"]}""";

    @Test
    void eenGeldigTokenMetDeIntakerolGeeftEenAdviesOpNaamVanDeIntakemedewerker() throws Exception {
        String id = given().auth().oauth2(token(TokenProfiel.SLEUTEL, TokenProfiel.ISSUER, 5, "ina", "wmo-intake"))
                .contentType("application/json").body(VERZOEK).post("/api/v1/adviezen")
                .then().statusCode(200).extract().path("adviesId");
        given().auth().oauth2(token(TokenProfiel.SLEUTEL, TokenProfiel.ISSUER, 5, "aad", "auditor"))
                .get("/api/v1/adviezen/" + id).then().statusCode(200).body("gebruiker", equalTo("ina")).body("rol", equalTo("intake"));
    }

    @Test
    void eenTokenZonderDeRolGeeft403() throws Exception {
        given().auth().oauth2(token(TokenProfiel.SLEUTEL, TokenProfiel.ISSUER, 5, "bea", "beleid"))
                .contentType("application/json").body(VERZOEK).post("/api/v1/adviezen").then().statusCode(403);
        given().auth().oauth2(token(TokenProfiel.SLEUTEL, TokenProfiel.ISSUER, 5, "ina", "intake"))
                .contentType("application/json").body(VERZOEK).post("/api/v1/adviezen").then().statusCode(403);
    }

    @Test
    void verlopenVervalsteOfVreemdeTokensGeven401() throws Exception {
        for (String token : List.of(
                token(TokenProfiel.SLEUTEL, TokenProfiel.ISSUER, -5, "ina", "wmo-intake"),
                token(TokenProfiel.SLEUTEL, "https://elders.test", 5, "ina", "wmo-intake"),
                token(TokenProfiel.sleutel("vreemd"), TokenProfiel.ISSUER, 5, "ina", "wmo-intake"),
                zonderHandtekening(), "geen.token.hier")) {
            given().auth().oauth2(token).contentType("application/json").body(VERZOEK).post("/api/v1/adviezen")
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void deIngebouwdeGebruikersBestaanNietAlsErEenIdentityProviderIs() {
        given().auth().preemptive().basic("intake", "intake").contentType("application/json").body(VERZOEK)
                .post("/api/v1/adviezen").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    }

    static String token(RsaJsonWebKey sleutel, String issuer, int minuten, String naam, String rol) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience("indicatiewijzer");
        claims.setSubject("sub-" + naam);
        claims.setClaim("preferred_username", naam);
        claims.setClaim("realm_access", Map.of("roles", List.of(rol)));
        claims.setIssuedAtToNow();
        NumericDate verloopt = NumericDate.now();
        verloopt.addSeconds(minuten * 60L);
        claims.setExpirationTime(verloopt);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(sleutel.getPrivateKey());
        jws.setKeyIdHeaderValue(TokenProfiel.SLEUTEL.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static String zonderHandtekening() throws Exception {
        String geldig = token(TokenProfiel.SLEUTEL, TokenProfiel.ISSUER, 5, "ina", "wmo-intake");
        String kop = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        return kop + "." + geldig.split("\\.")[1] + ".";
    }
}
