package nl.indicatiewijzer.systeem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The embedded H2 the service opens runs with the service's limit on rewriting its file (Opslagkeuze), not H2's default 90. */
@QuarkusTest
class OpslagkeuzeTest {
    @Inject
    Database database;

    @Test
    void deIngebouwdeH2DraaitMetDeOpschoongrensVanDeService() throws SQLException {
        try (Connection c = database.verbinding(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT setting_value FROM information_schema.settings "
                        + "WHERE setting_name = 'AUTO_COMPACT_FILL_RATE'")) {
            assertTrue(r.next(), "H2 noemt de instelling niet");
            assertEquals(String.valueOf(Opslagkeuze.H2_OPSCHOONGRENS), r.getString(1));
        }
    }
}
