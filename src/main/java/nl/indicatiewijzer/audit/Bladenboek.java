package nl.indicatiewijzer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.annotation.PreDestroy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The chain hash of every stored advice, in order, 32 bytes each, in a file outside the audit store
 * that only grows ({@code indicatiewijzer.audit.bladen}, default {@code <data-dir>/auditbladen.bin}).
 * It holds the leaves of the Merkle tree as this instance first read them from the store, so a row
 * changed, removed or written anew in the store afterwards is found at its own volgnummer. Whoever
 * empties the store on purpose removes this file with it.
 */
@ApplicationScoped
public class Bladenboek {
    private final FileChannel kanaal;

    public Bladenboek(@ConfigProperty(name = "indicatiewijzer.audit.bladen") Optional<String> bestand,
            @ConfigProperty(name = "indicatiewijzer.data-dir", defaultValue = "data") String dataDir) throws IOException {
        Path pad = Path.of(bestand.filter(b -> !b.isBlank()).orElse(Path.of(dataDir).resolve("auditbladen.bin").toString()));
        Files.createDirectories(pad.toAbsolutePath().getParent());
        this.kanaal = FileChannel.open(pad, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long heel = kanaal.size() / Merkleboom.HASHLENGTE * Merkleboom.HASHLENGTE;
        if (heel != kanaal.size()) {
            kanaal.truncate(heel); // a write cut off by a crash: that leaf is read from the store again
        }
    }

    public synchronized long aantal() {
        try {
            return kanaal.size() / Merkleboom.HASHLENGTE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends leaves and forces them to disk. */
    public synchronized void voegToe(List<byte[]> bladen) {
        ByteBuffer buffer = ByteBuffer.allocate(bladen.size() * Merkleboom.HASHLENGTE);
        bladen.forEach(buffer::put);
        buffer.flip();
        try {
            long plek = kanaal.size();
            while (buffer.hasRemaining()) {
                plek += kanaal.write(buffer, plek);
            }
            kanaal.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves {@code van} (0-based) up to {@code van + aantal}. */
    public synchronized List<byte[]> lees(long van, int aantal) {
        ByteBuffer buffer = ByteBuffer.allocate(aantal * Merkleboom.HASHLENGTE);
        try {
            long plek = van * Merkleboom.HASHLENGTE;
            while (buffer.hasRemaining()) {
                int gelezen = kanaal.read(buffer, plek);
                if (gelezen < 0) {
                    throw new IllegalStateException("het bladenboek heeft geen blad " + (plek / Merkleboom.HASHLENGTE));
                }
                plek += gelezen;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.flip();
        List<byte[]> bladen = new ArrayList<>(aantal);
        for (int i = 0; i < aantal; i++) {
            byte[] blad = new byte[Merkleboom.HASHLENGTE];
            buffer.get(blad);
            bladen.add(blad);
        }
        return bladen;
    }

    @PreDestroy
    void sluit() throws IOException {
        kanaal.close();
    }
}
