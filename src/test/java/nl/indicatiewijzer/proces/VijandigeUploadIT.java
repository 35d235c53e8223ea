package nl.indicatiewijzer.proces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.indicatiewijzer.beslistabel.Vijandigewerkmappen;
import org.junit.jupiter.api.Test;

/**
 * The packaged service with a heap of 256 MB takes eight uploads of the shared-strings bomb at once (a
 * 4 MB workbook whose xl/sharedStrings.xml unpacks to 40 MB with 900,000 strings): each is a 400 that
 * names the limit, and the service goes on advising. The times are printed, not asserted.
 */
class VijandigeUploadIT {
    @Test
    void achtTekstenbommenTegelijkGevenElk400EnDeServiceBlijftAdviseren() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "vijandig");
        Path project = Path.of(".").toAbsolutePath().normalize();
        byte[] bom = Vijandigewerkmappen.tekstenbom();
        try (Dienstproces dienst = new Dienstproces(data, project, List.of("-Xmx256m")).start()) {
            ExecutorService stuurders = Executors.newFixedThreadPool(8);
            try {
                List<Future<long[]>> antwoorden = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    antwoorden.add(stuurders.submit(() -> {
                        long begin = System.nanoTime();
                        HttpResponse<String> antwoord = dienst.upload("/api/v1/regelsets/mlw-mer/versies", "beleid", "percelen.drl.xlsx", bom);
                        assertTrue(antwoord.body().contains("meer dan 10000 verschillende teksten"), antwoord.body());
                        return new long[] {antwoord.statusCode(), (System.nanoTime() - begin) / 1_000_000};
                    }));
                }
                for (Future<long[]> antwoord : antwoorden) {
                    long[] uitkomst = antwoord.get();
                    assertEquals(400, uitkomst[0]);
                    System.out.printf("tekstenbom (%d bytes) bij -Xmx256m: 400 na %d ms (acht tegelijk)%n", bom.length, uitkomst[1]);
                }
            } finally {
                stuurders.shutdownNow();
            }
            long begin = System.nanoTime();
            assertEquals(400, dienst.upload("/api/v1/regelsets/mlw-mer/versies", "beleid", "percelen.drl.xlsx", bom).statusCode());
            System.out.printf("tekstenbom bij -Xmx256m: 400 na %d ms (alleen)%n", (System.nanoTime() - begin) / 1_000_000);
            dienst.advies();
        }
    }
}
