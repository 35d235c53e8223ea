package nl.indicatiewijzer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two keys that make the audit log hard to rewrite, both kept outside the audit store: the HMAC key
 * of the chain ({@code indicatiewijzer.sleutel.keten}) and the Ed25519 seed that signs checkpoints
 * ({@code indicatiewijzer.sleutel.controlepunt}), each 32 bytes in base64 from configuration or a mounted
 * secret. In the embedded default each is generated once into {@code <data-dir>/sleutels/} (owner-only);
 * the productie profile does not start without both configured (Productiecontrole). Several instances on
 * one database must share both keys by configuration.
 */
@ApplicationScoped
public class Auditsleutels {
    private final Ketensleutel keten;
    private final Controlepuntsleutel controlepunt;

    public Auditsleutels(@ConfigProperty(name = "indicatiewijzer.sleutel.keten") Optional<String> keten,
            @ConfigProperty(name = "indicatiewijzer.sleutel.controlepunt") Optional<String> controlepunt,
            @ConfigProperty(name = "indicatiewijzer.data-dir", defaultValue = "data") String dataDir) {
        Path map = Path.of(dataDir).resolve("sleutels");
        this.keten = new Ketensleutel(sleutel(keten, map.resolve("keten.sleutel")));
        this.controlepunt = Controlepuntsleutel.uitZaad(sleutel(controlepunt, map.resolve("controlepunt.sleutel")));
    }

    public Ketensleutel keten() {
        return keten;
    }

    public Controlepuntsleutel controlepunt() {
        return controlepunt;
    }

    private static byte[] sleutel(Optional<String> geconfigureerd, Path bestand) {
        String waarde = geconfigureerd.filter(s -> !s.isBlank()).orElseGet(() -> uitBestand(bestand)).strip();
        byte[] sleutel = Base64.getDecoder().decode(waarde);
        if (sleutel.length != 32) {
            throw new IllegalStateException("Een auditsleutel is 32 bytes in base64, niet " + sleutel.length + " (" + bestand.getFileName() + ")");
        }
        return sleutel;
    }

    private static String uitBestand(Path bestand) {
        try {
            if (!Files.exists(bestand)) {
                byte[] nieuw = new byte[32];
                new SecureRandom().nextBytes(nieuw);
                Files.createDirectories(bestand.getParent());
                Path tijdelijk = Files.createTempFile(bestand.getParent(), "sleutel", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(tijdelijk, Base64.getEncoder().encodeToString(nieuw));
                try {
                    Files.createLink(bestand, tijdelijk); // never replaces a key another start wrote first
                } catch (FileAlreadyExistsException eerder) {
                    // that one counts
                } finally {
                    Files.delete(tijdelijk);
                }
            }
            return Files.readString(bestand, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("De auditsleutel " + bestand + " kon niet worden gelezen of gemaakt", e);
        }
    }
}
