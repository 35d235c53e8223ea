package nl.indicatiewijzer.meting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.indicatiewijzer.proces.Dienstproces;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A measurement, not a test: against the packaged service with a fresh data directory it stores
 * {@code n} mlw-mer advices (the scenario requests, over and over), uploads and activates 50 versions one after another,
 * and then measures the impact analysis of a candidate over all the advices five times. It reads the heap after a full GC
 * (jcmd) after the first and the last activation and before and after the analyses, keeping each class histogram in
 * target/bench and printing the classes that differ most between the two readings of a pair. The analyses come last:
 * the pages of the audit log H2 caches while they read it do not count in the activations' readings. The service's JVM
 * options follow the two counts (bench/run.sh gives the deploy manifest's); without them it has a 1 GB heap.
 * Run: see README, "Snelheid".
 */
public final class Publicatiemeting {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where the class histograms are kept, beside bench/run.sh's output. */
    private static final Path UIT = Path.of("target/bench");

    public static void main(String[] args) throws Exception {
        int aantal = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int wissels = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path data = Files.createTempDirectory("publicatiemeting");
        List<String> opties = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("-Xmx1g");
        try (Dienstproces dienst = new Dienstproces(data, Path.of(".").toAbsolutePath().normalize(), opties).start()) {
            slaAdviezenOp(dienst, aantal);
            Heap naEerste = null;
            List<Long> duren = new ArrayList<>();
            for (int i = 1; i <= wissels; i++) {
                String versie = upload(dienst, i);
                long start = System.nanoTime();
                int status = dienst.post("/api/v1/regelsets/mlw-mer/versies/" + versie + "/activering", "beleid2", "").statusCode();
                if (status != 200) {
                    throw new IllegalStateException("activering " + i + ": " + status);
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                duren.add(ms);
                if (i == 1) {
                    naEerste = heap(dienst.pid(), "heap-na-activering-1.txt");
                    System.out.printf("heap na activering 1: %d MB (activering %d ms)%n", naEerste.kB() / 1024, ms);
                }
            }
            Heap naLaatste = heap(dienst.pid(), "heap-na-activering-" + wissels + ".txt");
            duren.sort(null);
            System.out.printf("activering (versie bij de upload al gebouwd): mediaan %d ms, langste %d ms%n", duren.get(duren.size() / 2),
                    duren.get(duren.size() - 1));
            System.out.printf("heap na activering %d: %d MB (%+.1f %%)%n", wissels, naLaatste.kB() / 1024,
                    100.0 * (naLaatste.kB() - naEerste.kB()) / naEerste.kB());
            verschil(naEerste.perKlasse(), naLaatste.perKlasse());
            String kandidaat = upload(dienst, 0);
            Heap voorAnalyses = heap(dienst.pid(), "heap-voor-impactanalyses.txt");
            for (int i = 1; i <= 5; i++) {
                JsonNode impact = JSON.readTree(dienst.post("/api/v1/impactanalyses", "beleid", "{\"regeling\": \"mlw-mer\", "
                        + "\"kandidaat\": \"" + kandidaat + "\", \"van\": \"" + LocalDate.now().minusDays(1) + "\", \"tot\": \""
                        + LocalDate.now().plusDays(1) + "\"}").body());
                System.out.printf("impactanalyse %d: %d adviezen in %d ms = %d herhalingen/s, %d gewijzigd%n", i,
                        impact.path("totaal").asLong(), impact.path("duurMs").asLong(), impact.path("herhalingenPerSeconde").asLong(),
                        impact.path("gewijzigd").asLong());
            }
            Heap naAnalyses = heap(dienst.pid(), "heap-na-impactanalyses.txt");
            System.out.printf("heap na de impactanalyses: %d MB, ervoor %d MB (%+.1f %%)%n", naAnalyses.kB() / 1024,
                    voorAnalyses.kB() / 1024, 100.0 * (naAnalyses.kB() - voorAnalyses.kB()) / voorAnalyses.kB());
            verschil(voorAnalyses.perKlasse(), naAnalyses.perKlasse());
            dienst.stop();
        } finally {
            try (Stream<Path> paden = Files.walk(data)) {
                for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void slaAdviezenOp(Dienstproces dienst, int aantal) throws Exception {
        List<String> verzoeken = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> paden = Files.list(Path.of("rules/mlw-mer/scenarios"))) {
            for (Path p : paden.sorted().toList()) {
                for (JsonNode geval : yaml.readTree(p.toFile())) {
                    if (geval.path("verwacht").path("status").asInt(200) == 200) {
                        verzoeken.add(geval.get("verzoek").toString());
                    }
                }
            }
        }
        long start = System.nanoTime();
        ExecutorService klanten = Executors.newFixedThreadPool(8);
        List<Future<?>> klaar = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            int klant = k;
            klaar.add(klanten.submit(() -> {
                for (int i = klant; i < aantal; i += 8) {
                    dienst.post("/api/v1/adviezen", "intake", verzoeken.get(i % verzoeken.size()));
                }
                return null;
            }));
        }
        for (Future<?> f : klaar) {
            f.get();
        }
        klanten.shutdown();
        System.out.printf("%d adviezen opgeslagen in %d s%n", aantal, (System.nanoTime() - start) / 1_000_000_000);
    }

    private static String upload(Dienstproces dienst, int nummer) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("decision-tables/mlw-mer/producten.drl.xlsx"));
                Workbook werkmap = WorkbookFactory.create(in)) {
            werkmap.getSheet("Producten").getRow(11).getCell(4).setCellValue("Begeleiding individueel, meting " + nummer + ".");
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            JsonNode rapport = JSON.readTree(dienst.upload("/api/v1/regelsets/mlw-mer/versies", "beleid", "producten.drl.xlsx",
                    uit.toByteArray()).body());
            return rapport.path("versie").asText();
        }
    }

    /** The classes whose live bytes differ most between the two readings: what a shrinking or growing heap holds. */
    private static void verschil(Map<String, Long> eerste, Map<String, Long> laatste) {
        Map<String, Long> verschil = new HashMap<>(laatste);
        eerste.forEach((klasse, bytes) -> verschil.merge(klasse, -bytes, Long::sum));
        verschil.entrySet().stream().sorted(Comparator.comparingLong(e -> -Math.abs(e.getValue()))).limit(8)
                .forEach(e -> System.out.printf("  %+,d kB %s (%,d -> %,d kB)%n", e.getValue() / 1024, e.getKey(),
                        eerste.getOrDefault(e.getKey(), 0L) / 1024, laatste.getOrDefault(e.getKey(), 0L) / 1024));
    }

    /** One reading: the live heap in kB and the bytes per class of its histogram. */
    private record Heap(long kB, Map<String, Long> perKlasse) {
    }

    /**
     * The live heap in kB, and its bytes per class: the total of a class histogram, which counts only what its full GC left. The used heap
     * of GC.heap_info after GC.run also counts what the service allocated in between (BENCHMARKS.md of 2026-11-29:
     * 142 MB after the first activation, 70 MB after the fiftieth; seen here: 92 MB used after a histogram of the
     * same classes and sizes as one of 67 MB).
     */
    private static Heap heap(long pid, String histogram) throws Exception {
        Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram").start();
        String uit = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Files.writeString(Files.createDirectories(UIT).resolve(histogram), uit);
        Matcher m = Pattern.compile("Total\\s+\\d+\\s+(\\d+)").matcher(uit);
        if (!m.find()) {
            throw new IllegalStateException("geen heap in: " + uit.substring(0, Math.min(200, uit.length())));
        }
        Map<String, Long> perKlasse = new HashMap<>();
        Matcher regel = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)").matcher(uit);
        while (regel.find()) {
            perKlasse.merge(regel.group(2), Long.parseLong(regel.group(1)), Long::sum);
        }
        return new Heap(Long.parseLong(m.group(1)) / 1024, perKlasse);
    }
}
