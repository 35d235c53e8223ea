package nl.indicatiewijzer.audit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service on a real PostgreSQL: {@code .ci/run} starts one and names it in
 * {@code INDICATIEWIJZER_TEST_PG_URL} (with {@code _GEBRUIKER} and {@code _WACHTWOORD}), with a data dir
 * of its own.
 */
public class PostgresProfiel implements QuarkusTestProfile {
    public static final String URL = "INDICATIEWIJZER_TEST_PG_URL";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.postgresql.jdbc.url", System.getenv().getOrDefault(URL, ""),
                "quarkus.datasource.postgresql.username", System.getenv().getOrDefault("INDICATIEWIJZER_TEST_PG_GEBRUIKER", "postgres"),
                "quarkus.datasource.postgresql.password", System.getenv().getOrDefault("INDICATIEWIJZER_TEST_PG_WACHTWOORD", ""),
                // its own data dir: the bladenboek and the audit keys belong to one store, not the H2 one of the other tests
                "indicatiewijzer.data-dir", "target/test-data-postgresql");
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
