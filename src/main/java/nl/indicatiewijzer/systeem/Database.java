package nl.indicatiewijzer.systeem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The store of this instance: the one Agroal datasource that is active at start-up, the embedded H2
 * or PostgreSQL ({@link Opslagkeuze}). quarkus-flyway has migrated it before any bean uses it.
 */
@ApplicationScoped
public class Database {
    private static final Logger LOG = Logger.getLogger(Database.class);
    private final AgroalDataSource bron;
    private final boolean h2;

    public Database(@Any InjectableInstance<AgroalDataSource> bronnen) {
        List<AgroalDataSource> actief = bronnen.listActive();
        if (actief.size() != 1) {
            throw new IllegalStateException("Er hoort precies één datasource actief te zijn, niet " + actief.size());
        }
        this.bron = actief.get(0);
        String url = bron.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration().jdbcUrl();
        this.h2 = url.startsWith("jdbc:h2:");
        LOG.infof("Auditopslag: %s", h2 ? "H2 (" + url.substring(0, url.indexOf(';')) + ")" : "PostgreSQL");
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
}
