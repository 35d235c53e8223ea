package nl.indicatiewijzer.meting;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.List;
import nl.indicatiewijzer.audit.Merkleboom;

/**
 * A measurement, not a test: the Merkle tree of a log of 1,000,000 decisions. Building it from the
 * chain hashes (what a full check recomputes), the heap it keeps, and one inclusion path and one
 * consistency proof, each the median of 1,000. Run: see README, "Snelheid".
 */
public final class Boommeting {
    private static final int AANTAL = 1_000_000;

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long voor = rt.totalMemory() - rt.freeMemory();
        long begin = System.nanoTime();
        // levels from 6 up kept, as the service keeps them; the leaves below come from the chain hashes
        Merkleboom boom = new Merkleboom(6, (van, aantal) -> {
            List<byte[]> bladen = new java.util.ArrayList<>();
            for (long i = van; i < van + aantal; i++) {
                bladen.add(ByteBuffer.allocate(32).putInt((int) i).array());
            }
            return bladen;
        });
        byte[] ketenhash = new byte[32];
        for (int i = 0; i < AANTAL; i++) {
            ByteBuffer.wrap(ketenhash).putInt(i);
            boom.voegToe(ketenhash);
        }
        byte[] wortel = boom.wortel(AANTAL);
        long bouw = System.nanoTime() - begin;
        System.gc();
        long na = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%,d bladeren: boom gebouwd in %d ms, wortel %02x..., bewaard op de heap %.1f MB (%s)%n", AANTAL,
                bouw / 1_000_000, wortel[0], (na - voor) / 1e6, ManagementFactory.getRuntimeMXBean().getVmVersion());
        long[] pad = new long[1000];
        long[] consistentie = new long[1000];
        int lengte = 0;
        for (int i = 0; i < pad.length; i++) {
            long t = System.nanoTime();
            List<byte[]> p = boom.inclusiepad((i * 7919L) % AANTAL, AANTAL);
            pad[i] = System.nanoTime() - t;
            lengte = p.size();
            t = System.nanoTime();
            boom.consistentiebewijs(1 + (i * 104_729L) % (AANTAL - 1), AANTAL);
            consistentie[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(pad);
        java.util.Arrays.sort(consistentie);
        System.out.printf("inclusiepad (%d hashes): mediaan %.1f µs; consistentiebewijs: mediaan %.1f µs%n", lengte,
                pad[500] / 1e3, consistentie[500] / 1e3);
    }
}
