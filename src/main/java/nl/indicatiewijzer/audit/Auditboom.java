package nl.indicatiewijzer.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The Merkle tree over the audit log, fed from the store in volgnummer order: every few seconds, and
 * before each checkpoint, proof or check. Each new leaf goes to the {@link Bladenboek} first, so after a
 * restart the tree is rebuilt from what this instance saw, not from what the store says now. It stops
 * at a gap in the volgnummers; the integrity check names that gap. The chain hashes this instance's own
 * audit writer committed are handed over ({@link #vastgelegd}), so only other instances' rows are read
 * back from the store: reading whole rows for their hash cost a twentieth of the CPU under load.
 */
@ApplicationScoped
public class Auditboom {
    private static final int PARTIJ = 4096;
    /** Beyond this many handed-over hashes (a long interval), the rest is read from the store as before. */
    private static final int MAXIMAAL_OVERGEDRAGEN = 50_000;
    private final ConcurrentSkipListMap<Long, String> overgedragen = new ConcurrentSkipListMap<>();
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
        overgedragen.headMap(boom.grootte() + nieuw.size() + 1).clear();
        while (true) {
            long volgende = boom.grootte() + nieuw.size() + 1;
            Map.Entry<Long, String> eerste = overgedragen.firstEntry();
            if (eerste != null && eerste.getKey() <= volgende) {
                // a hash handed over while this loop read the same row from the store is already in the tree
                overgedragen.remove(eerste.getKey());
                if (eerste.getKey() == volgende) {
                    voegToe(nieuw, eerste.getValue());
                }
                continue;
            }
            long[] verwacht = {volgende};
            repository.ketenhashes(volgende - 1, eerste == null ? Long.MAX_VALUE : eerste.getKey(), (hash, volgnummer) -> {
                if (volgnummer == verwacht[0]) {
                    verwacht[0]++;
                    voegToe(nieuw, hash);
                }
            });
            if (verwacht[0] == volgende) {
                break;
            }
        }
        schrijf(nieuw);
        return boom;
    }

    /** A chain hash this instance's audit writer committed durably, as it stored it. */
    void vastgelegd(long volgnummer, String hash) {
        if (overgedragen.size() < MAXIMAAL_OVERGEDRAGEN) {
            overgedragen.put(volgnummer, hash);
        }
    }

    private void voegToe(List<byte[]> nieuw, String hash) {
        nieuw.add(HexFormat.of().parseHex(hash));
        if (nieuw.size() == PARTIJ) {
            schrijf(nieuw);
        }
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
