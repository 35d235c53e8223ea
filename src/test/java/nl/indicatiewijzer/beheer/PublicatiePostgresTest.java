package nl.indicatiewijzer.beheer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.indicatiewijzer.audit.PostgresProfiel;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Publishing again with versions, candidates and activations in PostgreSQL (run by {@code .ci/run}). */
@QuarkusTest
@TestProfile(PostgresProfiel.class)
@EnabledIfEnvironmentVariable(named = PostgresProfiel.URL, matches = ".+")
class PublicatiePostgresTest extends PublicatieTest {
}
