package nl.indicatiewijzer.advies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class AdviesnummerTest {
    private static final long LAATSTE_MILLISECONDE = (1L << 48) - 1;

    @Property
    void elkIdIsVersie7MetDeMillisecondeVoorop(@ForAll @LongRange(max = LAATSTE_MILLISECONDE) long milliseconde) {
        UUID id = Adviesnummer.op(Instant.ofEpochMilli(milliseconde));
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(milliseconde, id.getMostSignificantBits() >>> 16);
        assertEquals(id, UUID.fromString(id.toString()));
    }

    @Property
    void eenLaterTijdstipGeeftEenIdDatErNaSorteert(@ForAll @LongRange(max = LAATSTE_MILLISECONDE - 1) long milliseconde,
            @ForAll @LongRange(min = 1, max = 1_000_000) long later) {
        long tweede = Math.min(milliseconde + later, LAATSTE_MILLISECONDE);
        String eerste = Adviesnummer.op(Instant.ofEpochMilli(milliseconde)).toString();
        String volgende = Adviesnummer.op(Instant.ofEpochMilli(tweede)).toString();
        assertTrue(eerste.compareTo(volgende) < 0, eerste + " hoort voor " + volgende);
    }

    @Property
    void tweeIdsInDezelfdeMillisecondeVerschillen(@ForAll @LongRange(max = LAATSTE_MILLISECONDE) long milliseconde) {
        Instant tijdstip = Instant.ofEpochMilli(milliseconde);
        assertNotEquals(Adviesnummer.op(tijdstip), Adviesnummer.op(tijdstip));
    }

    /** Requests decide on many threads at once: however the random bits are drawn, no two threads and no two draws may share them. */
    @Test
    void idsVanVierDradenTegelijkInDezelfdeMillisecondeVerschillenAllemaal() throws Exception {
        Instant tijdstip = Instant.ofEpochMilli(1_764_547_200_000L);
        int draden = 4, elk = 25_000;
        Callable<List<UUID>> nummeren = () -> Stream.generate(() -> Adviesnummer.op(tijdstip)).limit(elk).toList();
        ExecutorService pool = Executors.newFixedThreadPool(draden);
        try {
            Set<UUID> alle = new HashSet<>();
            for (Future<List<UUID>> deel : pool.invokeAll(Collections.nCopies(draden, nummeren))) {
                alle.addAll(deel.get());
            }
            assertEquals(draden * elk, alle.size());
        } finally {
            pool.shutdown();
        }
    }
}
