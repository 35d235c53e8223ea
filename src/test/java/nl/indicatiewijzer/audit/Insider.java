package nl.indicatiewijzer.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.systeem.Database;

/** What an insider with write access to the audit store does, and how a test puts it back afterwards. */
final class Insider implements AutoCloseable {
    private final Database database;
    private final long vanaf;
    private final List<Map<String, Object>> rijen = new ArrayList<>();
    private final Object[] kop = new Object[2];

    /** Keeps every row from volgnummer {@code vanaf} on, and the head, to put back on close. */
    Insider(Database database, long vanaf) throws SQLException {
        this.database = database;
        this.vanaf = vanaf;
        try (Connection c = database.verbinding()) {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM advies WHERE volgnummer >= ? ORDER BY volgnummer")) {
                s.setLong(1, vanaf);
                try (ResultSet rs = s.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, Object> rij = new LinkedHashMap<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            rij.put(meta.getColumnName(i).toLowerCase(), rs.getObject(i));
                        }
                        rijen.add(rij);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT volgnummer, hash FROM auditkop WHERE id = 1");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                kop[0] = rs.getLong(1);
                kop[1] = rs.getString(2);
            }
        }
    }

    void verwijderVanaf(long volgnummer) throws SQLException {
        voerUit("DELETE FROM advies WHERE volgnummer >= ?", volgnummer);
    }

    /** The head back to the record before {@code volgnummer}, as if the later ones were never written. */
    void kopTerugNaar(long volgnummer, String hash) throws SQLException {
        voerUit("UPDATE auditkop SET volgnummer = ?, hash = ? WHERE id = 1", volgnummer, hash);
    }

    void zet(long volgnummer, String kolom, String waarde) throws SQLException {
        voerUit("UPDATE advies SET " + kolom + " = ? WHERE volgnummer = ?", waarde, volgnummer);
    }

    void voerUit(String sql, Object... waarden) throws SQLException {
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < waarden.length; i++) {
                s.setObject(i + 1, waarden[i]);
            }
            s.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        voerUit("DELETE FROM advies WHERE volgnummer >= ?", vanaf);
        for (Map<String, Object> rij : rijen) {
            String kolommen = String.join(", ", rij.keySet());
            String vragen = String.join(", ", rij.keySet().stream().map(k -> "?").toList());
            voerUit("INSERT INTO advies (" + kolommen + ") VALUES (" + vragen + ")", rij.values().toArray());
        }
        voerUit("UPDATE auditkop SET volgnummer = ?, hash = ? WHERE id = 1", kop[0], kop[1]);
    }
}
