package nl.indicatiewijzer.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.indicatiewijzer.advies.AdviesService;
import nl.indicatiewijzer.systeem.Gebruiker;
import org.junit.jupiter.api.Test;

/**
 * An advice decided and stored outside a traced request (as every advice is with tracing switched off) keeps its
 * processing activity without a trace, and the chain check must read it back as it was hashed: an auditor may not
 * see such a record as changed.
 */
@QuarkusTest
class AdviesZonderTraceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AdviesService adviezen;

    @Test
    void eenAdviesZonderTraceHoudtZijnVerwerkingsactiviteitEnDeKetenBlijftHeel() throws Exception {
        assertFalse(Span.current().getSpanContext().isValid(), "de test loopt buiten elke span");
        String antwoord = adviezen.adviseer("{" + AuditTest.BASIS + ", \"leeftijd\": 44}", new Gebruiker("intake", Set.of("intake")), "intake")
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        String id = JSON.readTree(antwoord).path("adviesId").asText();

        String integriteit = AuditTest.auditor().get("/api/v1/adviezen/integriteit").then().statusCode(200).extract().asString();
        assertTrue(JSON.readTree(integriteit).path("intact").asBoolean(), integriteit);
        AuditTest.auditor().get("/api/v1/adviezen/" + id).then().statusCode(200)
                .body("verwerking.activiteit", equalTo("wmo-maatwerkvoorziening-begeleiding"))
                .body("verwerking.traceId", nullValue());
    }
}
