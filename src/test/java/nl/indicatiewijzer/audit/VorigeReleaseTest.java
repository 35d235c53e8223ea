package nl.indicatiewijzer.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.systeem.Database;
import org.junit.jupiter.api.Test;

/**
 * A database made by the release before issue 19 (H2, 25 advices of all five regelingen, the rule sets
 * rolled out then) starts under this code: the migrations add the key from advice to version, and
 * every stored advice replays identically under the archived version that decided it.
 */
@QuarkusTest
@TestProfile(VorigeReleaseTest.VorigeRelease.class)
class VorigeReleaseTest {
    private static final Path MAP = Path.of("target/vorige-release-data");

    public static class VorigeRelease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (InputStream db = VorigeReleaseTest.class.getResourceAsStream("/vorige-release/indicatiewijzer.mv.db")) {
                Files.createDirectories(MAP);
                Files.deleteIfExists(MAP.resolve("indicatiewijzer.trace.db"));
                Files.copy(db, MAP.resolve("indicatiewijzer.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("indicatiewijzer.data-dir", MAP.toString());
        }
    }

    @Inject
    AuditRepository repository;
    @Inject
    Database database;

    @Test
    void elkAdviesVanDeVorigeReleaseHerhaaltIdentiek() {
        List<AuditRecord> oud = new ArrayList<>();
        repository.doorloop(oud::add);
        assertEquals(25, oud.size());
        assertEquals(5, oud.stream().map(AuditRecord::regeling).distinct().count());
        for (AuditRecord r : oud) {
            JsonPath herhaling = given().auth().preemptive().basic("auditor", "auditor")
                    .post("/api/v1/adviezen/" + r.adviesId() + "/herhaling").then().statusCode(200).extract().jsonPath();
            assertEquals(r.regelsetVersie(), herhaling.getString("regelsetVersie"));
            assertTrue(herhaling.getBoolean("identiek"), r.adviesId() + ": " + herhaling.getList("verschillen"));
        }
        assertTrue(given().auth().preemptive().basic("auditor", "auditor").get("/api/v1/adviezen/integriteit").then().statusCode(200)
                .extract().jsonPath().getBoolean("intact"));
    }

    @Test
    void deMigratieHoudtElkAdviesAanZijnVersie() throws Exception {
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.table_constraints WHERE constraint_name = 'advies_regelset_versie'");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
