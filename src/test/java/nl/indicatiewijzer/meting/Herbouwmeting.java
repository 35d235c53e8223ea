package nl.indicatiewijzer.meting;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.proces.Dienstproces;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A measurement, not a test: the rebuild policy staff wait for after an upload, in the packaged service rather than
 * in a plain JVM ({@link Bouwmeting}), since the service loads classes its own way. With the JVM options given as
 * arguments it uploads {@code n} versions of stede-broec's arrangementen, each with one changed sentence, and reads
 * the service's own build timer after each; the first build is cold, the median of the others warm.
 * Run: see README, "Snelheid".
 */
public final class Herbouwmeting {
    private static final String TIJD = "indicatiewijzer_regelset_bouw_seconds_sum";

    public static void main(String[] args) throws Exception {
        int aantal = Integer.parseInt(args[0]);
        Path data = Files.createTempDirectory("herbouwmeting");
        List<String> opties = List.of(args).subList(1, args.length);
        try (Dienstproces dienst = new Dienstproces(data, Path.of(".").toAbsolutePath().normalize(), opties).start()) {
            List<Long> bouw = new ArrayList<>();
            List<Long> upload = new ArrayList<>();
            double voor = bouwtijd(dienst);
            for (int i = 0; i < aantal; i++) {
                long start = System.nanoTime();
                int status = dienst.upload("/api/v1/regelsets/stede-broec/versies", "beleid", "arrangementen.drl.xlsx", versie(i)).statusCode();
                upload.add((System.nanoTime() - start) / 1_000_000);
                if (status != 201) {
                    throw new IllegalStateException("upload " + i + ": " + status);
                }
                double na = bouwtijd(dienst);
                bouw.add(Math.round((na - voor) * 1000));
                voor = na;
            }
            List<Long> warm = bouw.subList(1, aantal).stream().sorted().toList();
            System.out.printf("stede-broec in de service: eerste %d ms, warm mediaan %d ms (%d - %d); upload met controle mediaan %d ms%n",
                    bouw.get(0), warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1),
                    upload.stream().sorted().toList().get(aantal / 2));
            dienst.stop();
        }
    }

    /** The table with one sentence changed, so each upload is a version of its own that must be built. */
    private static byte[] versie(int nummer) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("decision-tables/stede-broec/arrangementen.drl.xlsx"));
                Workbook werkmap = WorkbookFactory.create(in)) {
            werkmap.getSheet("Arrangementen").getRow(11).getCell(8).setCellValue("Arrangement PSY-A, meting " + nummer + ".");
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return uit.toByteArray();
        }
    }

    /** Seconds the service spent compiling stede-broec so far, by its own timer. */
    private static double bouwtijd(Dienstproces dienst) throws Exception {
        return dienst.beheer("/q/metrics").body().lines()
                .filter(r -> r.startsWith(TIJD) && r.contains("bron=\"compilatie\"") && r.contains("regeling=\"stede-broec\""))
                .mapToDouble(r -> Double.parseDouble(r.substring(r.lastIndexOf(' ') + 1))).sum();
    }
}
