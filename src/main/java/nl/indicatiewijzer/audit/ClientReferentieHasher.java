package nl.indicatiewijzer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client reference is stored only as HMAC-SHA256 under a key of the municipality: from
 * configuration ({@code indicatiewijzer.sleutel.client-referentie}, base64), or in the embedded
 * default generated once and kept in the data directory.
 */
@ApplicationScoped
public class ClientReferentieHasher {
    private final byte[] sleutel;

    public ClientReferentieHasher(@ConfigProperty(name = "indicatiewijzer.sleutel.client-referentie") Optional<String> geconfigureerd,
            @ConfigProperty(name = "indicatiewijzer.data-dir", defaultValue = "data") String dataDir) throws IOException {
        this.sleutel = geconfigureerd.filter(s -> !s.isBlank()).map(s -> Base64.getDecoder().decode(s.strip()))
                .orElse(uitDataMap(Path.of(dataDir)));
    }

    public String hash(String clientReferentie) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(clientReferentie.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] uitDataMap(Path dataDir) throws IOException {
        Path bestand = dataDir.resolve("client-referentie.sleutel");
        if (Files.exists(bestand)) {
            return Base64.getDecoder().decode(Files.readString(bestand).strip());
        }
        Files.createDirectories(dataDir);
        byte[] nieuw = new byte[32];
        new SecureRandom().nextBytes(nieuw);
        Path tijdelijk = dataDir.resolve("client-referentie.sleutel.nieuw");
        Files.writeString(tijdelijk, Base64.getEncoder().encodeToString(nieuw));
        try {
            Files.setPosixFilePermissions(tijdelijk, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps the default permissions
        }
        Files.move(tijdelijk, bestand, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return nieuw;
    }
}
