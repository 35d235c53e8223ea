package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every checkpoint, as it is made, also goes outside the audit store: one JSON line appended to
 * {@code indicatiewijzer.audit.controlepunten} (default {@code <data-dir>/controlepunten.jsonl}; point it
 * at storage the database's administrators cannot write) and forced to disk, and one line in the log.
 * An operator thus keeps every head the service signed without doing anything.
 */
@ApplicationScoped
public class Controlepuntboek {
    private static final Logger LOG = Logger.getLogger(Controlepuntboek.class);
    private final Path bestand;
    private final ObjectMapper json;

    public Controlepuntboek(@ConfigProperty(name = "indicatiewijzer.audit.controlepunten") Optional<String> bestand,
            @ConfigProperty(name = "indicatiewijzer.data-dir", defaultValue = "data") String dataDir, ObjectMapper json) {
        this.bestand = Path.of(bestand.filter(b -> !b.isBlank()).orElse(Path.of(dataDir).resolve("controlepunten.jsonl").toString()));
        this.json = json;
    }

    public synchronized void schrijf(Controlepunt punt) {
        try {
            String regel = json.writeValueAsString(punt) + "\n";
            Files.createDirectories(bestand.toAbsolutePath().getParent());
            try (FileChannel kanaal = FileChannel.open(bestand, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                kanaal.write(ByteBuffer.wrap(regel.getBytes(StandardCharsets.UTF_8)));
                kanaal.force(true);
            }
            LOG.infof("Controlepunt van de auditlog: %s", regel.strip());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Het controlepunt kon niet worden bijgeschreven in " + bestand, e);
        }
    }
}
