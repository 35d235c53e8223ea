package nl.indicatiewijzer.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree over the audit log, fed from the store in volgnummer order: every few seconds, and
 * before each checkpoint, proof or check. Each new leaf goes to the {@link Bladenboek} first, so after a
 * restart the tree is rebuilt from what this instance saw, not from what the store says now. It stops
 * at a gap in the volgnummers; the integrity check names that gap.
 */
@ApplicationScoped
public class Auditboom {
    private static final int PARTIJ = 4096;
    private final Bladenboek boek;
    private final AuditRepository repository;
    private Merkleboom boom;

    public Auditboom(Bladenboek boek, AuditRepository repository) {
        this.boek = boek;
        this.repository = repository;
    }

    @Scheduled(every = "${indicatiewijzer.audit.bladen-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void volg() {
        bij();
    }

    /** The tree, brought up to date with the store. */
    public synchronized Merkleboom bij() {
        if (boom == null) {
            boom = new Merkleboom(6, boek::lees);
            long aantal = boek.aantal();
            for (long i = 0; i < aantal; i += PARTIJ) {
                boek.lees(i, (int) Math.min(PARTIJ, aantal - i)).forEach(boom::voegToe);
            }
        }
        List<byte[]> nieuw = new ArrayList<>();
        long[] verwacht = {boom.grootte() + 1};
        repository.ketenhashes(boom.grootte(), (hash, volgnummer) -> {
            if (volgnummer == verwacht[0]) {
                verwacht[0]++;
                nieuw.add(HexFormat.of().parseHex(hash));
                if (nieuw.size() == PARTIJ) {
                    schrijf(nieuw);
                }
            }
        });
        schrijf(nieuw);
        return boom;
    }

    /** The chain hash at volgnummer {@code v} (1-based) as this instance recorded it. */
    public byte[] ketenhash(long v) {
        return boek.lees(v - 1, 1).get(0);
    }

    private void schrijf(List<byte[]> nieuw) {
        if (!nieuw.isEmpty()) {
            boek.voegToe(nieuw);
            nieuw.forEach(boom::voegToe);
            nieuw.clear();
        }
    }
}
