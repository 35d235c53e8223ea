package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import nl.indicatiewijzer.audit.Ketensleutel;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every advice gets a keyed hash (HMAC-SHA-256 over its chain hash, with the chain key that is kept
 * outside the store): the records stored before this migration get theirs here, once, so from now on
 * every record must carry one that the key confirms. Recomputing the chain without the key is then found.
 */
public class V6__Sleutelketen extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("ALTER TABLE advies ADD COLUMN sleutelhash VARCHAR(64)");
        }
        Ketensleutel sleutel = Ketensleutel.uitConfiguratie();
        try (PreparedStatement lees = context.getConnection().prepareStatement("SELECT volgnummer, hash FROM advies ORDER BY volgnummer");
                PreparedStatement zet = context.getConnection().prepareStatement("UPDATE advies SET sleutelhash = ? WHERE volgnummer = ?")) {
            lees.setFetchSize(5000);
            int teller = 0;
            try (ResultSet rs = lees.executeQuery()) {
                while (rs.next()) {
                    zet.setString(1, sleutel.van(rs.getString(2)));
                    zet.setLong(2, rs.getLong(1));
                    zet.addBatch();
                    if (++teller % 5000 == 0) {
                        zet.executeBatch();
                    }
                }
            }
            zet.executeBatch();
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("ALTER TABLE advies ALTER COLUMN sleutelhash SET NOT NULL");
        }
    }
}
