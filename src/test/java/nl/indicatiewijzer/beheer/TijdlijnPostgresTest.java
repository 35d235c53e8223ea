package nl.indicatiewijzer.beheer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.indicatiewijzer.audit.PostgresProfiel;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The timeline with its ingangsdatum (migration V8) in PostgreSQL (run by {@code .ci/run}). */
@QuarkusTest
@TestProfile(PostgresProfiel.class)
@EnabledIfEnvironmentVariable(named = PostgresProfiel.URL, matches = ".+")
class TijdlijnPostgresTest extends TijdlijnTest {
}
