package nl.indicatiewijzer.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * Latency at a fixed request rate, without coordinated omission: request i is due at start + i/rate,
 * and its latency counts from that moment, so a slow answer also delays (and charges) the ones behind
 * it. Prints one line of JSON with the percentiles, errors, achieved rate and this client's CPU.
 * With a warm-up, the client first sends at the same rate for that many seconds and counts none of it: a
 * cold client (64 threads, the JDK's HTTP client, its own JIT on one core) falls behind in its first
 * seconds and charges that backlog to the service.
 * Usage: Vastetempo url rate seconds workers request.json [warm-up seconds]
 */
public final class Vastetempo {
    public static void main(String[] args) throws Exception {
        URI doel = URI.create(args[0]);
        int tempo = Integer.parseInt(args[1]);
        int seconden = Integer.parseInt(args[2]);
        int werkers = Integer.parseInt(args[3]);
        String lichaam = Files.readString(Path.of(args[4]));
        String basic = "Basic " + Base64.getEncoder().encodeToString("intake:intake".getBytes(StandardCharsets.UTF_8));
        Recorder recorder = new Recorder(3);
        AtomicLong fouten = new AtomicLong();
        int opwarmen = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        long interval = 1_000_000_000L / tempo;
        long eersteTeller = (long) tempo * opwarmen;
        long totaal = eersteTeller + (long) tempo * seconden;
        long start = System.nanoTime() + 100_000_000L;
        long meetStart = start + eersteTeller * interval;
        List<Thread> draden = new ArrayList<>();
        for (int w = 0; w < werkers; w++) {
            int werker = w;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest verzoek = HttpRequest.newBuilder(doel).header("Authorization", basic).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(lichaam)).build();
                for (long i = werker; i < totaal; i += werkers) {
                    long gepland = start + i * interval;
                    long wacht = gepland - System.nanoTime();
                    if (wacht > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wacht);
                    }
                    try {
                        if (http.send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            fouten.incrementAndGet();
                        }
                    } catch (Exception e) {
                        fouten.incrementAndGet();
                    }
                    if (i >= eersteTeller) {
                        recorder.recordValue(Math.max(0, System.nanoTime() - gepland));
                    }
                }
            });
            t.start();
            draden.add(t);
        }
        java.util.concurrent.locks.LockSupport.parkNanos(meetStart - System.nanoTime());
        long cpuVoor = cpu();
        for (Thread t : draden) {
            t.join();
        }
        double duur = (System.nanoTime() - meetStart) / 1e9;
        var h = recorder.getIntervalHistogram();
        System.out.printf(java.util.Locale.ROOT, "{\"tempo\": %d, \"seconden\": %d, \"verzoeken\": %d, \"fouten\": %d, \"bereikt\": %.0f, "
                + "\"p50_ms\": %.2f, \"p99_ms\": %.2f, \"p999_ms\": %.2f, \"max_ms\": %.2f, \"client_cpu_s\": %.1f, \"opwarmen_s\": %d}%n",
                tempo, seconden, h.getTotalCount(), fouten.get(), h.getTotalCount() / duur, h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getValueAtPercentile(99.9) / 1e6, h.getMaxValue() / 1e6, (cpu() - cpuVoor) / 1e9, opwarmen);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
