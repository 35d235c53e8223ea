package nl.indicatiewijzer.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlepuntTest {
    private static final String ZAAD = Base64.getEncoder().encodeToString(new byte[32]);
    private static final Instant NU = Instant.parse("2026-11-29T06:00:00Z");

    @Test
    void eenAuditorControleertDeHandtekeningMetAlleenDePubliekeSleutelEnDeTekst(@TempDir Path map) throws Exception {
        Auditsleutels sleutels = new Auditsleutels(Optional.empty(), Optional.of(ZAAD), map.toString());
        Controlepunt punt = Controlepunt.onderteken(42, "ab".repeat(32), "cd".repeat(32), NU, sleutels.controlepunt());
        PublicKey publiek = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(sleutels.controlepunt().publiek().getEncoded()));
        Signature ed = Signature.getInstance("Ed25519");
        ed.initVerify(publiek);
        ed.update(("indicatiewijzer-controlepunt-v1\n42\n" + "ab".repeat(32) + "\n" + "cd".repeat(32) + "\n2026-11-29T06:00:00Z\n").getBytes());
        assertTrue(ed.verify(Base64.getDecoder().decode(punt.handtekening())));
        assertTrue(punt.echt(publiek));
    }

    @Test
    void elkGewijzigdVeldMaaktDeHandtekeningOngeldig(@TempDir Path map) {
        Controlepuntsleutel sleutel = new Auditsleutels(Optional.empty(), Optional.of(ZAAD), map.toString()).controlepunt();
        Controlepunt punt = Controlepunt.onderteken(42, "ab".repeat(32), "cd".repeat(32), NU, sleutel);
        PublicKey publiek = sleutel.publiek();
        assertFalse(new Controlepunt(43, punt.hash(), punt.boomwortel(), NU, punt.handtekening()).echt(publiek));
        assertFalse(new Controlepunt(42, "ac".repeat(32), punt.boomwortel(), NU, punt.handtekening()).echt(publiek));
        assertFalse(new Controlepunt(42, punt.hash(), "ce".repeat(32), NU, punt.handtekening()).echt(publiek));
        assertFalse(new Controlepunt(42, punt.hash(), punt.boomwortel(), NU.plusSeconds(1), punt.handtekening()).echt(publiek));
        assertFalse(new Controlepunt(42, punt.hash(), punt.boomwortel(), NU, "geen base64!").echt(publiek));
        Controlepuntsleutel ander = new Auditsleutels(Optional.empty(), Optional.empty(), map.toString()).controlepunt();
        assertFalse(punt.echt(ander.publiek()));
    }

    @Test
    void hetZaadBepaaltDeSleutelEnEenGemaaktZaadBlijftBewaardVoorDeEigenaarAlleen(@TempDir Path map) throws Exception {
        byte[] publiek = new Auditsleutels(Optional.empty(), Optional.of(ZAAD), map.toString()).controlepunt().publiek().getEncoded();
        assertArrayEquals(publiek, new Auditsleutels(Optional.empty(), Optional.of(ZAAD), map.toString()).controlepunt().publiek().getEncoded());
        Auditsleutels eerste = new Auditsleutels(Optional.empty(), Optional.empty(), map.toString());
        Auditsleutels herstart = new Auditsleutels(Optional.empty(), Optional.empty(), map.toString());
        assertEquals(eerste.keten().van("x"), herstart.keten().van("x"));
        assertArrayEquals(eerste.controlepunt().publiek().getEncoded(), herstart.controlepunt().publiek().getEncoded());
        assertNotEquals(eerste.keten().van("x"), new Auditsleutels(Optional.of(ZAAD), Optional.empty(), map.toString()).keten().van("x"));
        for (String naam : new String[] {"keten.sleutel", "controlepunt.sleutel"}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(map.resolve("sleutels").resolve(naam))));
        }
        try (var inhoud = Files.list(map.resolve("sleutels"))) {
            assertEquals(2, inhoud.count(), "geen tijdelijke bestanden achtergelaten");
        }
    }

    @Test
    void eenSleutelVanDeVerkeerdeLengteStartNiet(@TempDir Path map) {
        String kort = Base64.getEncoder().encodeToString(new byte[16]);
        assertThrows(IllegalStateException.class, () -> new Auditsleutels(Optional.of(kort), Optional.empty(), map.toString()));
    }
}
