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
 * store what is queued on shutdown), how far H2 rewrites that file under load, the size of its pages, and
 * that H2 is inactive beside PostgreSQL. All are defaults below application.properties, so setting any of these
 * keys explicitly wins.
 */
public class Opslagkeuze implements ConfigSourceFactory {
    static final String POSTGRESQL_URL = "quarkus.datasource.postgresql.jdbc.url";
    private static final int ORDINAAL = 200;
    /**
     * H2 rewrites old parts of its file in the background until they are this full (default 90 %). Under load
     * it compares 50 % plus half the fill rate with the square of this over 100, so at 30 it does not rewrite,
     * and it only moves chunks of a file less than 30 % full. Reading and rewriting old audit pages under load
     * filled the old generation: 6-11 full GCs in a measured minute at 978 advices/s, none at 30 (README,
     * "Snelheid", "Het herschrijven door H2"). The price is a file about three times its live data.
     */
    static final int H2_OPSCHOONGRENS = 30;
    /**
     * H2 splits a page of its file once it holds more than this many bytes (default 16384). Every commit writes again the
     * last page of the audit table and of each of its four indexes, with the pages above them: with 4 kB pages a
     * durable advice wrote 24-27 kB instead of 36.8 kB at 500 advices/s (README, "Snelheid", "Kleinere pagina's").
     */
    static final int H2_PAGINAGROOTTE = 4096;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> afgeleid = new HashMap<>();
        Path map = Path.of(waarde(context, "indicatiewijzer.data-dir").orElse("data")).toAbsolutePath();
        afgeleid.put("quarkus.datasource.h2.jdbc.url", "jdbc:h2:file:" + map.resolve("indicatiewijzer")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
                + ";AUTO_COMPACT_FILL_RATE=" + H2_OPSCHOONGRENS + ";PAGE_SIZE=" + H2_PAGINAGROOTTE);
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
