package nl.indicatiewijzer.meting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With its property on, the reference decides like the service (same rules, same products), behind the same sign-in. */
@QuarkusTest
@TestProfile(ReferentieProfiel.class)
class ReferentieTest {

    @Test
    void deReferentieAdviseertDezelfdeProductenAlsDeDienst() {
        List<String> referentie = given().auth().preemptive().basic("intake", "intake").contentType("application/json")
                .body(ReferentieUitTest.VERZOEK).when().post("/api/v1/meting/referentie")
                .then().statusCode(200).extract().jsonPath().getList("$", String.class);
        List<String> dienst = given().auth().preemptive().basic("intake", "intake").contentType("application/json")
                .body(ReferentieUitTest.VERZOEK).when().post("/api/v1/adviezen")
                .then().statusCode(200).extract().jsonPath().getList("producten.code", String.class);
        assertFalse(referentie.isEmpty());
        assertEquals(dienst.stream().sorted().toList(), referentie);
    }

    @Test
    void zonderAanmeldingIs401() {
        given().contentType("application/json").body(ReferentieUitTest.VERZOEK).when().post("/api/v1/meting/referentie")
                .then().statusCode(401);
    }

    @Test
    void eenAuditorIs403() {
        given().auth().preemptive().basic("auditor", "auditor").contentType("application/json").body(ReferentieUitTest.VERZOEK)
                .when().post("/api/v1/meting/referentie").then().statusCode(403);
    }
}
