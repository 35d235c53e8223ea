package nl.indicatiewijzer.beheer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.indicatiewijzer.audit.PostgresProfiel;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Descriptions, the summary of changes and the filtered overview with the store in PostgreSQL (run by {@code .ci/run}). */
@QuarkusTest
@TestProfile(PostgresProfiel.class)
@EnabledIfEnvironmentVariable(named = PostgresProfiel.URL, matches = ".+")
class OmschrijvingPostgresTest extends OmschrijvingTest {
}
