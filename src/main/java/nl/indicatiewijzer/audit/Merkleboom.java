package nl.indicatiewijzer.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The audit log as a Merkle tree (RFC 9162, section 2.1): leaf {@code SHA-256(0x00 || data)}, node
 * {@code SHA-256(0x01 || left || right)}. Kept are the hashes of the complete, aligned subtrees of
 * 2^{@code vanaf} leaves and more (level k holds one hash per 2^k leaves): for {@code vanaf} 6 about
 * 1 MB per million leaves. A smaller subtree is computed from the leaves themselves, asked of the
 * {@link Bladbron} (at most 2^{@code vanaf} consecutive ones). So the root of any earlier size, an
 * inclusion path and a consistency proof each take O(log n) hashes.
 */
public final class Merkleboom {
    static final int HASHLENGTE = 32;
    private final int vanaf;
    private final Bladbron bron;
    private final List<byte[]> niveaus = new ArrayList<>();
    private final List<Integer> aantallen = new ArrayList<>();
    private final List<byte[]> staart = new ArrayList<>();
    private long grootte;

    /** The leaves' data from number {@code van} on (0-based), {@code aantal} of them, in order. */
    public interface Bladbron {
        List<byte[]> bladen(long van, int aantal);
    }

    public Merkleboom(int vanaf, Bladbron bron) {
        this.vanaf = vanaf;
        this.bron = bron;
    }

    /** Keeps every level: no leaf is asked for again. */
    public Merkleboom() {
        this(0, (van, aantal) -> {
            throw new IllegalStateException("alle niveaus zijn bewaard");
        });
    }

    public long grootte() {
        return grootte;
    }

    /** Appends the leaf for {@code data} (here: a stored advice's chain hash). */
    public void voegToe(byte[] data) {
        grootte++;
        staart.add(bladhash(data));
        if (staart.size() < 1 << vanaf) {
            return;
        }
        byte[] hash = volledig(staart);
        staart.clear();
        int niveau = vanaf;
        int positie = bewaar(niveau, hash);
        while (positie % 2 == 1) {
            hash = knoophash(haal(niveau, positie - 1), hash);
            niveau++;
            positie = bewaar(niveau, hash);
        }
    }

    /** The root of the tree of the first {@code n} leaves (MTH(D[0:n])). */
    public byte[] wortel(long n) {
        binnen(n);
        return n == 0 ? sha256(new byte[0]) : mth(0, n);
    }

    /** The audit path of leaf {@code m} in the tree of the first {@code n} leaves (PATH(m, D[0:n])). */
    public List<byte[]> inclusiepad(long m, long n) {
        binnen(n);
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("blad " + m + " valt buiten een boom van " + n);
        }
        List<byte[]> pad = new ArrayList<>();
        pad(m, 0, n, pad);
        return pad;
    }

    /** The proof that the tree of {@code m} leaves is a prefix of the tree of {@code n} (PROOF(m, D[0:n])). */
    public List<byte[]> consistentiebewijs(long m, long n) {
        binnen(n);
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("boom van " + m + " is geen begin van een boom van " + n);
        }
        List<byte[]> bewijs = new ArrayList<>();
        if (m > 0) {
            deelbewijs(m, 0, n, true, bewijs);
        }
        return bewijs;
    }

    private void pad(long m, long begin, long n, List<byte[]> pad) {
        if (n == 1) {
            return;
        }
        long k = grootsteMachtKleinerDan(n);
        if (m < k) {
            pad(m, begin, k, pad);
            pad.add(mth(begin + k, n - k));
        } else {
            pad(m - k, begin + k, n - k, pad);
            pad.add(mth(begin, k));
        }
    }

    private void deelbewijs(long m, long begin, long n, boolean volledig, List<byte[]> bewijs) {
        if (m == n) {
            if (!volledig) {
                bewijs.add(mth(begin, m));
            }
            return;
        }
        long k = grootsteMachtKleinerDan(n);
        if (m <= k) {
            deelbewijs(m, begin, k, volledig, bewijs);
            bewijs.add(mth(begin + k, n - k));
        } else {
            deelbewijs(m - k, begin + k, n - k, false, bewijs);
            bewijs.add(mth(begin, k));
        }
    }

    /** MTH(D[begin:begin+n]); begin is always a multiple of the largest power of two that fits in n. */
    private byte[] mth(long begin, long n) {
        if (Long.bitCount(n) == 1) {
            int niveau = Long.numberOfTrailingZeros(n);
            return niveau >= vanaf ? haal(niveau, (int) (begin >>> niveau)) : volledig(bladhashes(begin, (int) n));
        }
        long k = grootsteMachtKleinerDan(n);
        return knoophash(mth(begin, k), mth(begin + k, n - k));
    }

    /** The leaf hashes of an aligned block within one block of 2^vanaf: the unfinished last one, or from the source. */
    private List<byte[]> bladhashes(long begin, int n) {
        long staartBegin = grootte - staart.size();
        if (begin >= staartBegin) {
            return staart.subList((int) (begin - staartBegin), (int) (begin - staartBegin) + n);
        }
        List<byte[]> bladen = bron.bladen(begin, n);
        if (bladen.size() != n) {
            throw new IllegalStateException("de bron gaf " + bladen.size() + " bladen vanaf " + begin + ", niet " + n);
        }
        return bladen.stream().map(Merkleboom::bladhash).toList();
    }

    /** The root of a complete subtree (a power of two of leaf hashes). */
    private static byte[] volledig(List<byte[]> hashes) {
        if (hashes.size() == 1) {
            return hashes.get(0);
        }
        int helft = hashes.size() / 2;
        return knoophash(volledig(hashes.subList(0, helft)), volledig(hashes.subList(helft, hashes.size())));
    }

    static long grootsteMachtKleinerDan(long n) {
        return Long.highestOneBit(n - 1);
    }

    static byte[] bladhash(byte[] data) {
        return sha256(new byte[] {0}, data);
    }

    static byte[] knoophash(byte[] links, byte[] rechts) {
        return sha256(new byte[] {1}, links, rechts);
    }

    private static byte[] sha256(byte[]... delen) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] deel : delen) {
                sha.update(deel);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void binnen(long n) {
        if (n < 0 || n > grootte()) {
            throw new IllegalArgumentException("de boom heeft " + grootte() + " bladeren, niet " + n);
        }
    }

    private int bewaar(int niveau, byte[] hash) {
        while (niveau >= niveaus.size()) {
            niveaus.add(new byte[niveaus.size() < vanaf ? 0 : HASHLENGTE * 16]);
            aantallen.add(0);
        }
        int positie = aantallen.get(niveau);
        byte[] rij = niveaus.get(niveau);
        if ((positie + 1) * HASHLENGTE > rij.length) {
            rij = Arrays.copyOf(rij, rij.length * 2);
            niveaus.set(niveau, rij);
        }
        System.arraycopy(hash, 0, rij, positie * HASHLENGTE, HASHLENGTE);
        aantallen.set(niveau, positie + 1);
        return positie;
    }

    private byte[] haal(int niveau, int positie) {
        return Arrays.copyOfRange(niveaus.get(niveau), positie * HASHLENGTE, (positie + 1) * HASHLENGTE);
    }
}
