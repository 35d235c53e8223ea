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
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import nl.indicatiewijzer.systeem.Database;

/** Reads the audit store: one advice, a page of advices, the whole log in order. */
@ApplicationScoped
public class AuditRepository {
    private static final String KOLOMMEN = "volgnummer, advies_id, tijdstip, regeling, regelset_versie, uitkomst, gebruiker, "
            + "rol, client_hash, verzoek, antwoord, vorige_hash, hash, verwerkingsactiviteit, trace_id, span_id, ouder_span_id, sleutelhash";
    /** Rows per query of a read over the whole log or a period. */
    static final int PAGINA = 500;
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
        stroom("SELECT " + KOLOMMEN + " FROM advies WHERE volgnummer > ? ORDER BY volgnummer",
                laatste -> List.of(laatste == null ? Long.MIN_VALUE : laatste.volgnummer()), AuditRepository::record, bezoeker);
    }

    /**
     * Every stored advice of a regeling in [van, tot), in (tijdstip, volgnummer) order: the order of its index, so nothing is
     * sorted first. A page continues after (t, v), the last row read: tijdstip >= t AND (tijdstip > t OR volgnummer > v); the first
     * page after (van, the lowest volgnummer). A tijdstip is given before a volgnummer, so the two orders can differ.
     */
    public void doorloop(String regeling, OffsetDateTime van, OffsetDateTime tot, Consumer<AuditRecord> bezoeker) {
        stroom("SELECT " + KOLOMMEN + " FROM advies WHERE regeling = ? AND tijdstip < ?"
                + " AND tijdstip >= ? AND (tijdstip > ? OR volgnummer > ?) ORDER BY regeling, tijdstip, volgnummer",
                laatste -> laatste == null ? List.of(regeling, tot, van, van, Long.MIN_VALUE)
                        : List.of(regeling, tot, laatste.tijdstip(), laatste.tijdstip(), laatste.volgnummer()),
                AuditRepository::record, bezoeker);
    }

    /** The chain hash of every stored advice after {@code na} and before {@code tot}, in order: (hash, volgnummer). */
    public void ketenhashes(long na, long tot, ObjLongConsumer<String> bezoeker) {
        stroom("SELECT volgnummer, hash FROM advies WHERE volgnummer > ? AND volgnummer < ? ORDER BY volgnummer",
                laatste -> List.of(laatste == null ? na : laatste.volgnummer(), tot), rs -> new Schakel(rs.getLong(1), rs.getString(2)),
                schakel -> bezoeker.accept(schakel.hash(), schakel.volgnummer()));
    }

    private record Schakel(long volgnummer, String hash) {
    }

    private interface Rijlezer<T> {
        T lees(ResultSet rs) throws SQLException;
    }

    /**
     * Reads the rows {@link #PAGINA} at a time, each page from where the last one ended ({@code vanaf} gives a page's parameters
     * from the last row read, or null before the first), in one transaction at repeatable read. One query over every row held
     * them all: H2 builds a result whole before it gives the first row (on disk beyond its row limit) and keeps it with its
     * cached statement afterwards (README, "Snelheid", "Lezen in pagina's").
     */
    private <T> void stroom(String sql, Function<T, List<Object>> vanaf, Rijlezer<T> lezer, Consumer<T> bezoeker) {
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement(sql + " LIMIT " + PAGINA)) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            T laatste = null;
            int gelezen;
            do {
                zet(s, vanaf.apply(laatste));
                gelezen = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        laatste = lezer.lees(rs);
                        gelezen++;
                        bezoeker.accept(laatste);
                    }
                }
            } while (gelezen == PAGINA);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void zet(PreparedStatement s, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
    }

    private List<AuditRecord> lijst(String sql, List<Object> parameters) {
        List<AuditRecord> records = new ArrayList<>();
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement(sql)) {
            zet(s, parameters);
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
            zet(s, parameters);
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
