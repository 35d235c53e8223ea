package nl.indicatiewijzer.audit;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.indicatiewijzer.systeem.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client reference is stored only as HMAC-SHA256 under a key of the municipality: from
 * configuration ({@code indicatiewijzer.sleutel.client-referentie}, base64; in production from a
 * secret all instances share), or in the embedded default generated once and kept in the audit store,
 * so every instance on one database hashes alike. A key an older version kept in the data directory
 * is taken over into the store. Created at start, so the key is read (or stored) before the first advice.
 */
@Startup
@ApplicationScoped
public class ClientReferentieHasher {
    private static final String NAAM = "client-referentie";
    private final ThreadLocal<Mac> mac;

    public ClientReferentieHasher(@ConfigProperty(name = "indicatiewijzer.sleutel.client-referentie") Optional<String> geconfigureerd,
            @ConfigProperty(name = "indicatiewijzer.data-dir", defaultValue = "data") String dataDir, Database database)
            throws IOException, SQLException {
        byte[] sleutel = geconfigureerd.isPresent() && !geconfigureerd.get().isBlank()
                ? Base64.getDecoder().decode(geconfigureerd.get().strip())
                : uitOpslag(database, Path.of(dataDir).resolve("client-referentie.sleutel"));
        this.mac = Hmac.perDraad(new SecretKeySpec(sleutel, "HmacSHA256"));
    }

    public String hash(String clientReferentie) {
        return HexFormat.of().formatHex(mac.get().doFinal(clientReferentie.getBytes(StandardCharsets.UTF_8)));
    }

    /** The stored key; the first instance to ask stores one (a concurrent second one reads the first's). */
    private static byte[] uitOpslag(Database database, Path oudBestand) throws IOException, SQLException {
        Optional<String> bewaard = lees(database);
        if (bewaard.isEmpty()) {
            String waarde = Files.exists(oudBestand) ? Files.readString(oudBestand).strip() : nieuweSleutel();
            try (Connection c = database.verbinding();
                    PreparedStatement s = c.prepareStatement("INSERT INTO sleutel (naam, waarde) VALUES (?, ?)")) {
                s.setString(1, NAAM);
                s.setString(2, waarde);
                s.executeUpdate();
                database.maakDuurzaam(c);
            } catch (SQLException alGezet) {
                // another instance stored its key first: that one counts
            }
            bewaard = lees(database);
        }
        return Base64.getDecoder().decode(bewaard.orElseThrow(() -> new SQLException("Geen sleutel voor de clientreferentie opgeslagen")));
    }

    private static String nieuweSleutel() {
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        return Base64.getEncoder().encodeToString(sleutel);
    }

    private static Optional<String> lees(Database database) throws SQLException {
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement("SELECT waarde FROM sleutel WHERE naam = ?")) {
            s.setString(1, NAAM);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
