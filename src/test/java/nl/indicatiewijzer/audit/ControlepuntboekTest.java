package nl.indicatiewijzer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlepuntboekTest {
    @Test
    void elkControlepuntKomtAlsEenRegelErbijEnBlijftEchtNaHetTeruglezen(@TempDir Path map) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Controlepuntsleutel sleutel = new Auditsleutels(Optional.empty(), Optional.of(Base64.getEncoder().encodeToString(new byte[32])),
                map.toString()).controlepunt();
        Controlepuntboek boek = new Controlepuntboek(Optional.empty(), map.toString(), json);
        Controlepunt eerste = Controlepunt.onderteken(1, "aa".repeat(32), "bb".repeat(32), Instant.parse("2026-11-29T06:00:00Z"), sleutel);
        Controlepunt tweede = Controlepunt.onderteken(2, "cc".repeat(32), "dd".repeat(32), Instant.parse("2026-11-29T06:05:00Z"), sleutel);
        boek.schrijf(eerste);
        boek.schrijf(tweede);
        List<String> regels = Files.readAllLines(map.resolve("controlepunten.jsonl"));
        assertEquals(2, regels.size());
        assertEquals(eerste, json.readValue(regels.get(0), Controlepunt.class));
        assertTrue(json.readValue(regels.get(1), Controlepunt.class).echt(sleutel.publiek()));
    }
}
