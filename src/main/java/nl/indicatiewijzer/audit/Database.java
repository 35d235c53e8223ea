package nl.indicatiewijzer.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * The audit store: an embedded H2 file database under the data directory by default (no set-up),
 * PostgreSQL when {@code indicatiewijzer.db.url} names one. The same Flyway migrations serve both.
 */
@ApplicationScoped
public class Database {
    private static final Logger LOG = Logger.getLogger(Database.class);
    private final HikariDataSource bron;
    private final boolean h2;

    public Database(@ConfigProperty(name = "indicatiewijzer.data-dir", defaultValue = "data") String dataDir,
            @ConfigProperty(name = "indicatiewijzer.db.url") Optional<String> url,
            @ConfigProperty(name = "indicatiewijzer.db.gebruiker") Optional<String> gebruiker,
            @ConfigProperty(name = "indicatiewijzer.db.wachtwoord") Optional<String> wachtwoord) throws Exception {
        HikariConfig config = new HikariConfig();
        if (url.isPresent() && !url.get().isBlank()) {
            config.setJdbcUrl(url.get());
            gebruiker.ifPresent(config::setUsername);
            wachtwoord.ifPresent(config::setPassword);
        } else {
            Path map = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(map);
            config.setJdbcUrl("jdbc:h2:file:" + map.resolve("indicatiewijzer")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            config.setUsername("sa");
            config.setPassword("");
        }
        // named explicitly: DriverManager does not see the drivers through Quarkus's class loader
        config.setDriverClassName(config.getJdbcUrl().startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
        config.setMaximumPoolSize(8);
        config.setPoolName("audit");
        this.h2 = config.getJdbcUrl().startsWith("jdbc:h2:");
        this.bron = new HikariDataSource(config);
        Flyway.configure().dataSource(bron).locations("classpath:db/migration").load().migrate();
        LOG.infof("Auditopslag: %s", h2 ? "H2 in " + dataDir : "PostgreSQL");
    }

    public DataSource bron() {
        return bron;
    }

    public Connection verbinding() throws SQLException {
        return bron.getConnection();
    }

    /**
     * After a commit: H2 does not force its file to disk on commit, so ask for it. PostgreSQL's commit
     * (synchronous_commit on) is durable already.
     */
    public void maakDuurzaam(Connection c) throws SQLException {
        if (h2) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    @PreDestroy
    void sluit() {
        bron.close();
    }
}
