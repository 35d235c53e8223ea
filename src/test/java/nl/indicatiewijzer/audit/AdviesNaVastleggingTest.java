package nl.indicatiewijzer.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.systeem.Gebruiker;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** An intake team gets an advice only once the audit log holds it, and a clear 503 when it cannot. */
@QuarkusTest
class AdviesNaVastleggingTest {
    private static final String VERZOEK = """
            {"regeling": "mlw-mer", "peildatum": "2027-03-01", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
             "perspectief": "ONTWIKKELING", "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"]}""";
    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor();

    @AfterAll
    static void stop() {
        LATER.shutdownNow();
    }

    @Test
    void hetAntwoordVertrektPasAlsDeOpslagKlaarIs() {
        AtomicBoolean vastgelegd = new AtomicBoolean();
        opslag((advies, antwoord) -> {
            CompletableFuture<Object> klaar = new CompletableFuture<>();
            LATER.schedule(() -> {
                vastgelegd.set(true);
                klaar.complete(antwoord);
            }, 300, TimeUnit.MILLISECONDS);
            return klaar;
        });
        Response antwoord = intake();
        assertTrue(vastgelegd.get(), "het advies kwam aan voordat de opslag het had vastgelegd");
        antwoord.then().statusCode(200).body("uitkomst", not(equalTo(null)));
    }

    @Test
    void eenOpslagDieLaterFaaltGeeft503AlsProblemJsonZonderAdvies() {
        opslag((advies, antwoord) -> CompletableFuture.supplyAsync(() -> {
            throw new NietBeschikbaarException(503, "Advies niet vastgelegd", "De auditlog schreef niet.");
        }, LATER));
        verwachtNietVastgelegd(intake());
    }

    @Test
    void eenVolleWachtrijGeeftMeteen503() {
        opslag((advies, antwoord) -> {
            throw new NietBeschikbaarException(503, "Advies niet vastgelegd", "De wachtrij van de auditlog is vol.");
        });
        verwachtNietVastgelegd(intake());
    }

    private static void verwachtNietVastgelegd(Response antwoord) {
        antwoord.then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503)).body("title", equalTo("Advies niet vastgelegd"))
                .body(not(containsString("adviesId"))).body(not(containsString("Exception")));
    }

    private interface Gedrag {
        CompletionStage<?> legVast(Advies advies, String antwoord);
    }

    private static void opslag(Gedrag gedrag) {
        QuarkusMock.installMockForType(new Vastlegging(null, null, null, "test") {
            @Override
            @SuppressWarnings("unchecked")
            public CompletionStage<AuditRecord> legVast(Advies advies, ObjectNode verzoek, String antwoord, Gebruiker gebruiker, String rol) {
                return (CompletionStage<AuditRecord>) gedrag.legVast(advies, antwoord);
            }
        }, Vastlegging.class);
    }

    private static Response intake() {
        return given().auth().preemptive().basic("intake", "intake").contentType("application/json").body(VERZOEK)
                .when().post("/api/v1/adviezen");
    }
}
