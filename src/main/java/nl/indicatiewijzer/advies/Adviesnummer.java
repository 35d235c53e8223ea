package nl.indicatiewijzer.advies;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * The id of an advice: a UUID of version 7 (RFC 9562, section 5.7), its first 48 bits the
 * milliseconds of its tijdstip and the other 74 random. Ids thus grow with time, so each new advice
 * lands at the end of the audit store's unique index instead of on a random page of it (a random
 * UUID of version 4 made every insert read and rewrite a page of an index that grows without end).
 */
final class Adviesnummer {
    private static final SecureRandom TOEVAL = new SecureRandom();

    private Adviesnummer() {
    }

    static UUID op(Instant tijdstip) {
        byte[] toeval = new byte[10];
        TOEVAL.nextBytes(toeval);
        long hoog = tijdstip.toEpochMilli() << 16 | 0x7000L | (toeval[0] & 0x0fL) << 8 | toeval[1] & 0xffL;
        long laag = 0x8000_0000_0000_0000L | lang(toeval, 2) >>> 2;
        return new UUID(hoog, laag);
    }

    private static long lang(byte[] b, int van) {
        long l = 0;
        for (int i = van; i < van + 8; i++) {
            l = l << 8 | b[i] & 0xffL;
        }
        return l;
    }
}
