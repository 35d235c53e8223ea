package nl.indicatiewijzer.beheer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.indicatiewijzer.audit.PostgresProfiel;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The downloads again, byte for byte out of PostgreSQL (run by {@code .ci/run}). */
@QuarkusTest
@TestProfile(PostgresProfiel.class)
@EnabledIfEnvironmentVariable(named = PostgresProfiel.URL, matches = ".+")
class VersiebestandenPostgresTest extends VersiebestandenTest {
}
