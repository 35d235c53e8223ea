package nl.indicatiewijzer.meting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator, not a test: N clients on loopback each send advice requests back to
 * back for a fixed time, and it reports the answered (so durably stored) advices a second.
 * Run: see README, "Snelheid". Arguments: base URL, clients, seconds.
 */
public final class Belasting {
    public static void main(String[] args) throws Exception {
        String basis = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconden = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("intake:intake".getBytes(StandardCharsets.UTF_8));
        AtomicLong goed = new AtomicLong();
        AtomicLong fout = new AtomicLong();
        List<Long> latenties = Collections.synchronizedList(new ArrayList<>());
        long einde = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconden);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int leeftijd = 20 + c;
            pool.submit(() -> {
                HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis + "/api/v1/adviezen"))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"regeling\": \"mlw-mer\", \"peildatum\": \"2027-03-01\", "
                                + "\"leeftijd\": " + leeftijd + ", \"grondslagen\": [\"PSYCHISCH\"], \"perspectief\": \"ONTWIKKELING\", "
                                + "\"complexiteit\": \"GEMIDDELD\", \"hulpvragen\": [\"BEGELEIDING_INDIVIDUEEL\", \"ONTLASTING_MANTELZORG\"], "
                                + "\"mantelzorg\": {\"overbelasting\": \"OVERBELAST\"}, \"kdvEtmalenPerWeek\": 2, "
                                + "\"clientReferentie\": \"meting-" + leeftijd + "\"}"))
                        .build();
                while (System.nanoTime() < einde) {
                    long start = System.nanoTime();
                    try {
                        int status = http.send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? goed : fout).incrementAndGet();
                        latenties.add(System.nanoTime() - start);
                    } catch (Exception e) {
                        fout.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconden + 60L, TimeUnit.SECONDS);
        List<Long> gesorteerd = new ArrayList<>(latenties);
        Collections.sort(gesorteerd);
        System.out.printf("%d clients, %d s: %d adviezen (200), %d fouten, %.0f adviezen/s; latentie p50 %.1f ms, p99 %.1f ms%n",
                clients, seconden, goed.get(), fout.get(), goed.get() / (double) seconden,
                percentiel(gesorteerd, 0.50), percentiel(gesorteerd, 0.99));
    }

    private static double percentiel(List<Long> gesorteerd, double p) {
        return gesorteerd.isEmpty() ? 0 : gesorteerd.get((int) Math.min(gesorteerd.size() - 1, p * gesorteerd.size())) / 1e6;
    }
}
