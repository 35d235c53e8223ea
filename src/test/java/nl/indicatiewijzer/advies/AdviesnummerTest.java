package nl.indicatiewijzer.advies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

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
}
