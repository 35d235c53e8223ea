package nl.indicatiewijzer.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Every tamper of the checkpoint suite again, on PostgreSQL (run by {@code .ci/run}, which starts one). */
@QuarkusTest
@TestProfile(PostgresProfiel.class)
@EnabledIfEnvironmentVariable(named = PostgresProfiel.URL, matches = ".+")
class ControlepuntenPostgresTest extends ControlepuntenTest {
}
