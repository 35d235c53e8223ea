package nl.indicatiewijzer.proces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A 200 means durable: the packaged service is killed with -9 in the middle of a burst of
 * concurrent advice requests, restarted, and every advice that was answered must be there, with
 * the audit log intact. Three cycles on one data directory.
 */
class CrashIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 16;

    @Test
    void elkBeantwoordAdviesOverleeftEenKill9() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "crash-data");
        Set<String> beantwoord = ConcurrentHashMap.newKeySet();
        for (int cyclus = 1; cyclus <= 3; cyclus++) {
            try (Dienstproces dienst = new Dienstproces(data, Path.of(".").toAbsolutePath(), List.of()).start()) {
                AtomicBoolean door = new AtomicBoolean(true);
                AtomicInteger ditKeer = new AtomicInteger();
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                for (int c = 0; c < CLIENTS; c++) {
                    int leeftijd = 20 + c;
                    clients.submit(() -> {
                        for (int i = 0; i < 5_000 && door.get(); i++) {
                            try {
                                HttpResponse<String> r = dienst.post("/api/v1/adviezen", "intake", "{\"regeling\": \"mlw-mer\", "
                                        + "\"peildatum\": \"2027-03-01\", \"leeftijd\": " + leeftijd + ", \"grondslagen\": [\"PSYCHISCH\"], "
                                        + "\"perspectief\": \"BEHOUD\", \"hulpvragen\": [\"BEGELEIDING_INDIVIDUEEL\"]}");
                                if (r.statusCode() == 200) {
                                    beantwoord.add(JSON.readTree(r.body()).path("adviesId").asText());
                                    ditKeer.incrementAndGet();
                                }
                            } catch (Exception verbindingWeg) {
                                return;
                            }
                        }
                    });
                }
                // a restart loads its rules from the bouwcache and answers its first advice only after a few
                // seconds of warming up: the burst runs 1.5 s from the first answer, so every cycle kills mid-burst
                for (int wacht = 0; ditKeer.get() == 0 && wacht < 600; wacht++) {
                    Thread.sleep(100);
                }
                Thread.sleep(1_500);
                dienst.doodHard();
                door.set(false);
                clients.shutdown();
                assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
            }
            assertTrue(beantwoord.size() > 10 * cyclus, "te weinig adviezen beantwoord om iets te bewijzen: " + beantwoord.size());
            try (Dienstproces dienst = new Dienstproces(data, Path.of(".").toAbsolutePath(), List.of()).start()) {
                for (String id : beantwoord) {
                    assertEquals(200, dienst.get("/api/v1/adviezen/" + id, "auditor").statusCode(),
                            "beantwoord advies " + id + " ontbreekt na kill -9 in cyclus " + cyclus);
                }
                JsonNode integriteit = JSON.readTree(dienst.get("/api/v1/adviezen/integriteit", "auditor").body());
                assertTrue(integriteit.path("intact").asBoolean(), integriteit.toString());
                assertTrue(integriteit.path("aantal").asLong() >= beantwoord.size());
                System.out.printf("cyclus %d: %d adviezen beantwoord voor de kill, %d opgeslagen, keten intact%n",
                        cyclus, beantwoord.size(), integriteit.path("aantal").asLong());
                dienst.stop();
            }
        }
    }
}
