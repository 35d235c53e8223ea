package nl.indicatiewijzer.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MerkleboomTest {
    private static final HexFormat HEX = HexFormat.of();

    /** The test data and roots of RFC 6962's reference implementation (certificate-transparency, merkle_tree_test). */
    @Test
    void geeftDeWortelsVanDeReferentie() {
        String[] bladeren = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"};
        String[] wortels = {"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};
        Merkleboom boom = new Merkleboom();
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HEX.formatHex(boom.wortel(0)));
        for (int i = 0; i < bladeren.length; i++) {
            boom.voegToe(HEX.parseHex(bladeren[i]));
            assertEquals(wortels[i], HEX.formatHex(boom.wortel(i + 1)), "boom van " + (i + 1));
        }
    }

    @Property(tries = 200)
    void elkeWortelIsDieVanDeDefinitie(@ForAll("bladeren") List<byte[]> data, @ForAll @IntRange(max = 4) int vanaf) throws Exception {
        Merkleboom boom = boom(data, vanaf);
        for (int n = 1; n <= data.size(); n++) {
            assertArrayEquals(mth(data.subList(0, n)), boom.wortel(n), "boom van " + n);
        }
    }

    @Property(tries = 200)
    void elkPadBewijstZijnBladEnAllesAndersNiet(@ForAll("bladeren") List<byte[]> data, @ForAll @IntRange(max = 31) int bit,
            @ForAll @IntRange(max = 4) int vanaf)
            throws Exception {
        Merkleboom boom = boom(data, vanaf);
        for (int n = 1; n <= data.size(); n++) {
            byte[] wortel = boom.wortel(n);
            for (int m = 0; m < n; m++) {
                List<byte[]> pad = boom.inclusiepad(m, n);
                byte[] blad = Bewijscontroleur.blad(data.get(m));
                assertTrue(Bewijscontroleur.inclusie(m, n, blad, pad, wortel), m + " in " + n);
                assertFalse(Bewijscontroleur.inclusie(m, n, Bewijscontroleur.blad(gewijzigd(data.get(m), bit)), pad, wortel));
                if (n > 1) {
                    assertFalse(Bewijscontroleur.inclusie((m + 1) % n, n, blad, pad, wortel), "ander blad");
                    List<byte[]> vals = new ArrayList<>(pad);
                    int i = bit % pad.size();
                    vals.set(i, gewijzigd(pad.get(i), bit));
                    assertFalse(Bewijscontroleur.inclusie(m, n, blad, vals, wortel), "gewijzigd pad");
                }
            }
        }
    }

    @Property(tries = 200)
    void elkeOudereBoomIsHetBeginVanDeNieuwereMaarEenVorkNiet(@ForAll("bladeren") List<byte[]> data,
            @ForAll @IntRange(max = 1000) int plek, @ForAll @IntRange(max = 4) int vanaf) throws Exception {
        Merkleboom boom = boom(data, vanaf);
        int n = data.size();
        List<byte[]> vork = new ArrayList<>(data);
        int anders = plek % n;
        vork.set(anders, gewijzigd(data.get(anders), plek));
        Merkleboom gevorkt = boom(vork, vanaf);
        for (int m = 1; m <= n; m++) {
            List<byte[]> bewijs = boom.consistentiebewijs(m, n);
            assertTrue(Bewijscontroleur.consistent(m, n, boom.wortel(m), boom.wortel(n), bewijs), m + " in " + n);
            if (anders < m) {
                assertFalse(Bewijscontroleur.consistent(m, n, gevorkt.wortel(m), boom.wortel(n), bewijs), "vork voor " + m);
            }
        }
    }

    @Provide
    Arbitrary<List<byte[]>> bladeren() {
        // every leaf distinct (its number first), as stored advices are: equal leaves would prove each other's place
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(40).list().ofMinSize(1).ofMaxSize(70).map(lijst -> {
            List<byte[]> uniek = new ArrayList<>();
            for (int i = 0; i < lijst.size(); i++) {
                uniek.add(ByteBuffer.allocate(4 + lijst.get(i).length).putInt(i).put(lijst.get(i)).array());
            }
            return uniek;
        });
    }

    private static Merkleboom boom(List<byte[]> data) {
        return boom(data, 0);
    }

    /** Keeps the levels from {@code vanaf} up; smaller subtrees come from the leaves, as from the store. */
    private static Merkleboom boom(List<byte[]> data, int vanaf) {
        Merkleboom boom = new Merkleboom(vanaf, (van, aantal) -> data.subList((int) van, (int) van + aantal));
        data.forEach(boom::voegToe);
        return boom;
    }

    private static byte[] gewijzigd(byte[] data, int bit) {
        byte[] kopie = data.length == 0 ? new byte[1] : data.clone();
        kopie[bit % kopie.length] ^= (byte) (1 << (bit % 8));
        return kopie;
    }

    /** RFC 9162 section 2.1.1, word for word. */
    private static byte[] mth(List<byte[]> d) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        if (d.size() == 1) {
            return Bewijscontroleur.blad(d.get(0));
        }
        int k = Integer.highestOneBit(d.size() - 1);
        sha.update((byte) 1);
        sha.update(mth(d.subList(0, k)));
        return sha.digest(mth(d.subList(k, d.size())));
    }
}
