package nl.indicatiewijzer.systeem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The embedded H2 the service opens runs with the service's settings (Opslagkeuze), not H2's defaults (90 and 16384). */
@QuarkusTest
class OpslagkeuzeTest {
    @Inject
    Database database;

    @Test
    void deIngebouwdeH2DraaitMetDeOpschoongrensVanDeService() throws SQLException {
        assertEquals(String.valueOf(Opslagkeuze.H2_OPSCHOONGRENS), instelling("AUTO_COMPACT_FILL_RATE"));
    }

    @Test
    void deIngebouwdeH2SplitstZijnPaginasOpDeGrootteVanDeService() throws SQLException {
        assertEquals(String.valueOf(Opslagkeuze.H2_PAGINAGROOTTE), instelling("info.PAGE_SIZE"));
    }

    private String instelling(String naam) throws SQLException {
        try (Connection c = database.verbinding();
                PreparedStatement s = c.prepareStatement("SELECT setting_value FROM information_schema.settings WHERE setting_name = ?")) {
            s.setString(1, naam);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "H2 noemt de instelling " + naam + " niet");
                return r.getString(1);
            }
        }
    }
}
