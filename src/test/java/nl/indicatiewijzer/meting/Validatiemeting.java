package nl.indicatiewijzer.meting;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.indicatiewijzer.beslistabel.OnleesbareWerkmap;
import nl.indicatiewijzer.beslistabel.Tabelvertaling;
import nl.indicatiewijzer.beslistabel.Vijandigewerkmappen;
import nl.indicatiewijzer.beslistabel.Werkmaplezer;

/**
 * A measurement, not a test: the heap one upload costs to validate. For the largest project table the
 * whole check (read, held to its template, typed, DRL written) and for the shared-strings bomb the
 * reader until it refuses, each the bytes allocated by the validating thread (an upper bound of the
 * heap it used) and the time, first and then the median of 50. Run: see README, "Snelheid".
 */
public final class Validatiemeting {
    private static final String GROOTSTE = "decision-tables/stede-broec/intensiteit-profiel-2-lvb.drl.xlsx";

    public static void main(String[] args) throws Exception {
        byte[] tabel = Files.readAllBytes(Path.of(GROOTSTE));
        byte[] bom = Vijandigewerkmappen.tekstenbom();
        meet(GROOTSTE + " (" + tabel.length + " bytes), volledig gecontroleerd", () -> {
            if (!Tabelvertaling.vertaal(GROOTSTE, tabel, tabel).gelukt()) {
                throw new IllegalStateException("de tabel van het project werd geweigerd");
            }
        });
        meet("tekstenbom (" + bom.length + " bytes, 900.000 teksten, 40 MB uitgepakt), tot de weigering", () -> {
            try {
                Werkmaplezer.lees(bom);
                throw new IllegalStateException("de tekstenbom werd niet geweigerd");
            } catch (OnleesbareWerkmap verwacht) {
                // refused, as it must be
            }
        });
    }

    private interface Werk {
        void doe() throws Exception;
    }

    private static void meet(String wat, Werk werk) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] bytes = new long[51];
        long[] ms = new long[51];
        for (int i = 0; i < bytes.length; i++) {
            long voor = threads.getCurrentThreadAllocatedBytes();
            long begin = System.nanoTime();
            werk.doe();
            ms[i] = (System.nanoTime() - begin) / 1_000;
            bytes[i] = threads.getCurrentThreadAllocatedBytes() - voor;
        }
        long[] warmBytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        long[] warmMs = java.util.Arrays.copyOfRange(ms, 1, ms.length);
        java.util.Arrays.sort(warmBytes);
        java.util.Arrays.sort(warmMs);
        System.out.printf("%s: eerste keer %.1f MB in %.1f ms; daarna mediaan %.2f MB in %.1f ms%n", wat, bytes[0] / 1e6, ms[0] / 1e3,
                warmBytes[25] / 1e6, warmMs[25] / 1e3);
    }
}
