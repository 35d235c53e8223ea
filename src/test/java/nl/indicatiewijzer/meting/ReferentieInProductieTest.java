package nl.indicatiewijzer.meting;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.NotFoundException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The production profile keeps the reference off even when its property is set by mistake. */
class ReferentieInProductieTest {

    @Test
    void inProductieBlijftHetEndpoint404() {
        Referentieresource referentie = new Referentieresource(true, true, null, null, null);
        assertThrows(NotFoundException.class, () -> referentie.beslis("{}".getBytes(StandardCharsets.UTF_8)));
    }
}
