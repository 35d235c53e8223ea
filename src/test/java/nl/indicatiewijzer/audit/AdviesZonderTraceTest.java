package nl.indicatiewijzer.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An advice stored outside a traced request (tracing switched off, or no span yet) keeps its processing activity
 * without a trace, and the chain check must read it back as it was hashed: an auditor may not see such a record as
 * changed.
 */
@QuarkusTest
class AdviesZonderTraceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AuditLog auditLog;

    @Test
    void eenAdviesZonderTraceHoudtZijnVerwerkingsactiviteitEnDeKetenBlijftHeel() throws Exception {
        JsonNode gegeven = JSON.readTree(AuditTest.adviseer("{" + AuditTest.BASIS + ", \"leeftijd\": 44}"));
        Verwerking zonderSpan = Verwerking.binnenHuidigeSpan("wmo-maatwerkvoorziening-begeleiding");
        assertNull(zonderSpan.traceId(), "de test loopt buiten elke span");
        String id = UUID.randomUUID().toString();
        auditLog.legVast(new NieuwAdvies(id, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), "mlw-mer", gegeven.path("regelsetVersie").asText(), "ADVIES",
                "intake", "intake", null, "{}", "{}", zonderSpan)).get(10, TimeUnit.SECONDS);

        String integriteit = AuditTest.auditor().get("/api/v1/adviezen/integriteit").then().statusCode(200).extract().asString();
        assertTrue(JSON.readTree(integriteit).path("intact").asBoolean(), integriteit);
        AuditTest.auditor().get("/api/v1/adviezen/" + id).then().statusCode(200)
                .body("verwerking.activiteit", equalTo("wmo-maatwerkvoorziening-begeleiding"))
                .body("verwerking.traceId", nullValue());
    }
}
