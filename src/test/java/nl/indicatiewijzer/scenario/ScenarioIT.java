package nl.indicatiewijzer.scenario;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same scenarios against the packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}). */
@QuarkusIntegrationTest
class ScenarioIT extends ScenarioTest {
}
