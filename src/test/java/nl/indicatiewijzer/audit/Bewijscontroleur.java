package nl.indicatiewijzer.audit;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an auditor runs, written from RFC 9162 sections 2.1.3.2 and 2.1.4.2 alone and sharing no code
 * with the service: does this path prove the leaf in the tree with this root, does this proof show the
 * older tree is a prefix of the newer one.
 */
final class Bewijscontroleur {
    private Bewijscontroleur() {
    }

    static boolean inclusie(long index, long grootte, byte[] bladhash, List<byte[]> pad, byte[] wortel) throws Exception {
        if (index >= grootte) {
            return false;
        }
        long fn = index;
        long sn = grootte - 1;
        byte[] r = bladhash;
        for (byte[] p : pad) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = knoop(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = knoop(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, wortel);
    }

    static boolean consistent(long eerste, long tweede, byte[] eersteWortel, byte[] tweedeWortel, List<byte[]> bewijs)
            throws Exception {
        if (eerste == tweede) {
            return bewijs.isEmpty() && Arrays.equals(eersteWortel, tweedeWortel);
        }
        if (eerste == 0 || eerste > tweede || bewijs.isEmpty()) {
            return false;
        }
        List<byte[]> c = new ArrayList<>(bewijs);
        if (Long.bitCount(eerste) == 1) {
            c.add(0, eersteWortel);
        }
        long fn = eerste - 1;
        long sn = tweede - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = c.get(0);
        byte[] sr = c.get(0);
        for (byte[] waarde : c.subList(1, c.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = knoop(waarde, fr);
                sr = knoop(waarde, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = knoop(sr, waarde);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, eersteWortel) && Arrays.equals(sr, tweedeWortel) && sn == 0;
    }

    static byte[] blad(byte[] data) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((byte) 0);
        return sha.digest(data);
    }

    private static byte[] knoop(byte[] links, byte[] rechts) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((byte) 1);
        sha.update(links);
        return sha.digest(rechts);
    }
}
