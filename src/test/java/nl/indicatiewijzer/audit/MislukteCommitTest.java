package nl.indicatiewijzer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import org.junit.jupiter.api.Test;

/**
 * A commit the database refuses, here an advice naming a rule-set version that was never archived (the foreign key
 * holds it): the advice is not answered but refused with a 503, the log says what kind of failure it was without
 * quoting the row (the driver's message does), and the chain goes on without a gap or a half-stored record.
 */
@QuarkusTest
class MislukteCommitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LOG = Path.of("target/test-logs/quarkus.log");

    @Inject
    AuditLog auditLog;

    @Test
    void eenGeweigerdeCommitGeeftEen503ZonderDeRijInDeLogEnDeKetenBlijftHeel() throws Exception {
        String versie = "merk" + UUID.randomUUID().toString().replace("-", "");
        String verzoek = "{\"clientReferentie\": \"" + versie + "-verzoek\"}";
        NieuwAdvies advies = new NieuwAdvies(UUID.randomUUID().toString(), OffsetDateTime.now(), "mlw-mer", versie, "ADVIES",
                "intake", "intake", null, verzoek, "{}", null);

        ExecutionException fout = assertThrows(ExecutionException.class, () -> auditLog.legVast(advies).get(10, TimeUnit.SECONDS));
        NietBeschikbaarException niet = assertInstanceOf(NietBeschikbaarException.class, fout.getCause());
        assertEquals(503, niet.status());

        String log = Files.readString(LOG);
        assertTrue(log.contains("1 adviezen niet in de auditlog opgeslagen"), "de mislukte commit staat in de log");
        assertFalse(log.contains(versie), "de log citeert de geweigerde rij");
        assertTrue(log.contains("SQL-status 23"), "de log noemt de SQL-status van de geweigerde rij");

        String volgende = AuditTest.adviseer("{" + AuditTest.BASIS + ", \"leeftijd\": 52}");
        String id = JSON.readTree(volgende).path("adviesId").asText();
        AuditTest.auditor().get("/api/v1/adviezen/" + id).then().statusCode(200);
        AuditTest.auditor().get("/api/v1/adviezen/" + advies.adviesId()).then().statusCode(404);
        String integriteit = AuditTest.auditor().get("/api/v1/adviezen/integriteit").then().statusCode(200).extract().asString();
        assertTrue(JSON.readTree(integriteit).path("intact").asBoolean(), integriteit);
    }
}
