package nl.indicatiewijzer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.indicatiewijzer.systeem.Database;

/** Reads the audit store: one advice, a page of advices, the whole log in order. */
@ApplicationScoped
public class AuditRepository {
    private static final String KOLOMMEN = "volgnummer, advies_id, tijdstip, regeling, regelset_versie, uitkomst, gebruiker, "
            + "rol, client_hash, verzoek, antwoord, vorige_hash, hash, verwerkingsactiviteit, trace_id, span_id, ouder_span_id, sleutelhash";
    private final Database database;

    public AuditRepository(Database database) {
        this.database = database;
    }

    public Optional<AuditRecord> vind(String adviesId) {
        return lijst("SELECT " + KOLOMMEN + " FROM advies WHERE advies_id = ?", List.of(adviesId)).stream().findFirst();
    }

    /** A page (0-based) of advices, newest first, with the total that matches. */
    public Pagina pagina(String regeling, OffsetDateTime van, OffsetDateTime tot, int pagina, int grootte) {
        StringBuilder waar = new StringBuilder(" WHERE tijdstip >= ? AND tijdstip < ?");
        List<Object> parameters = new ArrayList<>(List.of(van, tot));
        if (regeling != null) {
            waar.append(" AND regeling = ?");
            parameters.add(regeling);
        }
        long totaal = tel("SELECT COUNT(*) FROM advies" + waar, parameters);
        List<Object> metPagina = new ArrayList<>(parameters);
        metPagina.add(grootte);
        metPagina.add((long) pagina * grootte);
        return new Pagina(lijst("SELECT " + KOLOMMEN + " FROM advies" + waar + " ORDER BY volgnummer DESC LIMIT ? OFFSET ?",
                metPagina), totaal);
    }

    public record Pagina(List<AuditRecord> records, long totaal) {
    }

    /** Every stored advice in the order it was written. */
    public void doorloop(Consumer<AuditRecord> bezoeker) {
        stroom("SELECT " + KOLOMMEN + " FROM advies ORDER BY volgnummer", List.of(), bezoeker);
    }

    /** Every stored advice of a regeling in [van, tot), in the order it was written. */
    public void doorloop(String regeling, OffsetDateTime van, OffsetDateTime tot, Consumer<AuditRecord> bezoeker) {
        stroom("SELECT " + KOLOMMEN + " FROM advies WHERE regeling = ? AND tijdstip >= ? AND tijdstip < ? ORDER BY volgnummer",
                List.of(regeling, van, tot), bezoeker);
    }

    /** The chain hash of every stored advice after {@code na} and before {@code tot}, in order: (volgnummer, hash). */
    public void ketenhashes(long na, long tot, java.util.function.ObjLongConsumer<String> bezoeker) {
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement(
                "SELECT volgnummer, hash FROM advies WHERE volgnummer > ? AND volgnummer < ? ORDER BY volgnummer")) {
            s.setLong(1, na);
            s.setLong(2, tot);
            s.setFetchSize(5000);
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    bezoeker.accept(rs.getString(2), rs.getLong(1));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Streams the rows in pages of 500 instead of reading them all into memory. */
    private void stroom(String sql, List<Object> parameters, Consumer<AuditRecord> bezoeker) {
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            s.setFetchSize(500);
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    bezoeker.accept(record(rs));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AuditRecord> lijst(String sql, List<Object> parameters) {
        List<AuditRecord> records = new ArrayList<>();
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    records.add(record(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return records;
    }

    private long tel(String sql, List<Object> parameters) {
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13),
                // only records from before V3 lack the activity (and hashed without these fields); one stored outside a trace has the activity alone
                rs.getString(14) == null ? null : new Verwerking(rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17)),
                rs.getString(18));
    }
}
