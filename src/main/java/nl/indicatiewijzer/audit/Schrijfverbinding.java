package nl.indicatiewijzer.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import nl.indicatiewijzer.systeem.Database;

/**
 * The audit writer's own connection with its statements prepared once: the writer stores batch
 * after batch, and parsing the same three statements for every batch cost a twentieth of the
 * service's CPU under load. After any error it is closed, and the next batch opens a fresh one.
 */
final class Schrijfverbinding implements AutoCloseable {
    private static final String INVOEGEN = """
            INSERT INTO advies (volgnummer, advies_id, tijdstip, regeling, regelset_versie, uitkomst, gebruiker, rol,
                                client_hash, verzoek, antwoord, vorige_hash, hash, verwerkingsactiviteit, trace_id,
                                span_id, ouder_span_id, sleutelhash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    final Connection verbinding;
    final PreparedStatement invoegen;
    final PreparedStatement leesKop;
    final PreparedStatement zetKop;

    private Schrijfverbinding(Connection verbinding) throws SQLException {
        this.verbinding = verbinding;
        verbinding.setAutoCommit(false);
        this.invoegen = verbinding.prepareStatement(INVOEGEN);
        this.leesKop = verbinding.prepareStatement("SELECT volgnummer, hash FROM auditkop WHERE id = 1 FOR UPDATE");
        this.zetKop = verbinding.prepareStatement("UPDATE auditkop SET volgnummer = ?, hash = ? WHERE id = 1");
    }

    static Schrijfverbinding open(Database database) throws SQLException {
        Connection c = database.verbinding();
        try {
            return new Schrijfverbinding(c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            verbinding.rollback();
        } catch (SQLException | RuntimeException e) {
            // closing anyway
        }
        try {
            verbinding.close();
        } catch (SQLException | RuntimeException e) {
            // the pool replaces a broken connection
        }
    }
}
