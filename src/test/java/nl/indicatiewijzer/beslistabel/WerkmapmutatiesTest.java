package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A project table mutated at random, as bytes of the zip or inside its parts (re-zipped, so that the
 * damage reaches the XML and the cells): the reader returns a workbook or refuses it, and nothing else.
 */
class WerkmapmutatiesTest {
    private static final List<byte[]> TABELLEN = tabellen();
    private static final String[] WAARDEN = {"", "-1", "0", "2147483648", "99999999999", "1e400", "NaN", "A0", "XFD1048577",
        "ZZZZ1", "BM1", "A2001", "_x0000_", "_xD800_", "&#0;", "&#xFFFE;", "&lol;", "<x/>", "]]>", "shared", "inlineStr", "d", "e",
        "b", "s", "str", "2029-02-30", "1900-01-01T25:00", "worksheet", "chartsheet", "External", "../../x.xml", "http://x/",
        "\u0000", "\uD800", "x".repeat(5000)};

    @Property(tries = 1000)
    void eenVerminkteTabelWordtGelezenOfGeweigerd(@ForAll("verminkt") byte[] werkmap) {
        try {
            Werkmaplezer.lees(werkmap);
            Statistics.collect("gelezen");
        } catch (OnleesbareWerkmap e) {
            assertFalse(e.getMessage().isBlank());
            Statistics.collect("geweigerd: " + e.getMessage().replaceAll("'[^']*'|\\d+", "…").replaceAll(";.*", ""));
        }
    }

    @Provide
    Arbitrary<byte[]> verminkt() {
        return Combinators.combine(Arbitraries.of(TABELLEN), Arbitraries.integers().between(0, 7), Arbitraries.longs())
                .as((tabel, soort, zaad) -> vermink(tabel, soort, new Random(zaad)));
    }

    static byte[] vermink(byte[] tabel, int soort, Random toeval) {
        switch (soort) {
            case 0 -> {
                byte[] b = tabel.clone();
                for (int i = 1 + toeval.nextInt(8); i > 0; i--) {
                    b[toeval.nextInt(b.length)] = (byte) toeval.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                return Arrays.copyOf(tabel, toeval.nextInt(tabel.length));
            }
            default -> {
                Map<String, byte[]> onderdelen = new LinkedHashMap<>();
                Handwerkmap werkmap = Handwerkmap.uit(tabel);
                for (String naam : werkmap.namen()) {
                    onderdelen.put(naam, werkmap.bytes(naam));
                }
                List<String> namen = new ArrayList<>(onderdelen.keySet());
                String naam = namen.get(toeval.nextInt(namen.size()));
                byte[] b = onderdelen.get(naam);
                switch (soort) {
                    case 2 -> {
                        for (int i = 1 + toeval.nextInt(5); i > 0; i--) {
                            b[toeval.nextInt(b.length)] = (byte) (toeval.nextBoolean() ? toeval.nextInt(256) : "<>\"&/=0;x".charAt(toeval.nextInt(9)));
                        }
                    }
                    case 3 -> onderdelen.put(naam, Arrays.copyOf(b, toeval.nextInt(b.length + 1)));
                    case 4 -> onderdelen.remove(naam);
                    case 5 -> {
                        String tekst = new String(b, StandardCharsets.UTF_8);
                        int van = toeval.nextInt(tekst.length() + 1);
                        int tot = van + toeval.nextInt(tekst.length() - van + 1);
                        int waar = toeval.nextInt(tekst.length() + 1);
                        onderdelen.put(naam, (tekst.substring(0, waar) + tekst.substring(van, tot).repeat(1 + toeval.nextInt(50))
                                + tekst.substring(waar)).getBytes(StandardCharsets.UTF_8));
                    }
                    case 6 -> onderdelen.put(naam, vervangWaarde(new String(b, StandardCharsets.UTF_8), toeval).getBytes(StandardCharsets.UTF_8));
                    default -> {
                        onderdelen.remove(naam);
                        String[] andere = {naam.toUpperCase(), "xl/vbaProject.bin", "xl/comments1.xml", "/" + naam, naam + "x", naam};
                        Map<String, byte[]> anders = new LinkedHashMap<>();
                        anders.put(andere[toeval.nextInt(andere.length)], b);
                        anders.putAll(onderdelen);
                        onderdelen = anders;
                    }
                }
                return Handwerkmap.zip(onderdelen);
            }
        }
    }

    /** An attribute value or a text between tags replaced by a value Excel would never write there. */
    private static String vervangWaarde(String tekst, Random toeval) {
        String waarde = WAARDEN[toeval.nextInt(WAARDEN.length)];
        for (int poging = 0; poging < 20; poging++) {
            int begin = tekst.indexOf(toeval.nextBoolean() ? "=\"" : ">", toeval.nextInt(tekst.length() + 1));
            if (begin < 0) {
                continue;
            }
            begin += tekst.charAt(begin) == '>' ? 1 : 2;
            int eind = tekst.indexOf(tekst.charAt(begin - 1) == '>' ? '<' : '"', begin);
            if (eind >= 0) {
                return tekst.substring(0, begin) + waarde + tekst.substring(eind);
            }
        }
        return tekst + waarde;
    }

    private static List<byte[]> tabellen() {
        try {
            List<byte[]> tabellen = new ArrayList<>();
            for (Path pad : PoiVergelijkingTest.tabellen()) {
                tabellen.add(Files.readAllBytes(pad));
            }
            return tabellen;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
