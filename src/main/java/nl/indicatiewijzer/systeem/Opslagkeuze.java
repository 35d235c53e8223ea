package nl.indicatiewijzer.systeem;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Chooses the store from runtime configuration only. Both drivers are in the jar as two named
 * datasources (a datasource's kind is fixed at build time); Quarkus activates a datasource whose URL
 * is set, so PostgreSQL is active once {@code quarkus.datasource.postgresql.jdbc.url} is set. This
 * adds what Quarkus cannot derive: the embedded H2's file under {@code indicatiewijzer.data-dir}
 * (H2 wants an absolute path; the pool, not H2's own shutdown hook, closes it, so the audit writer can
 * store what is queued on shutdown) and that H2 is inactive beside PostgreSQL. Both are defaults below
 * application.properties, so setting either key explicitly wins.
 */
public class Opslagkeuze implements ConfigSourceFactory {
    static final String POSTGRESQL_URL = "quarkus.datasource.postgresql.jdbc.url";
    private static final int ORDINAAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> afgeleid = new HashMap<>();
        Path map = Path.of(waarde(context, "indicatiewijzer.data-dir").orElse("data")).toAbsolutePath();
        afgeleid.put("quarkus.datasource.h2.jdbc.url", "jdbc:h2:file:" + map.resolve("indicatiewijzer")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
        if (waarde(context, POSTGRESQL_URL).or(() -> waarde(context, "quarkus.datasource.\"postgresql\".jdbc.url")).isPresent()) {
            afgeleid.put("quarkus.datasource.h2.active", "false");
        }
        return List.of(new PropertiesConfigSource(afgeleid, "indicatiewijzer-opslagkeuze", ORDINAAL));
    }

    private static Optional<String> waarde(ConfigSourceContext context, String naam) {
        ConfigValue waarde = context.getValue(naam);
        return waarde == null || waarde.getValue() == null || waarde.getValue().isBlank() ? Optional.empty()
                : Optional.of(waarde.getValue().strip());
    }
}
