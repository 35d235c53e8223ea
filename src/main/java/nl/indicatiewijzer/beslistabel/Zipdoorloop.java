package nl.indicatiewijzer.beslistabel;

import static nl.indicatiewijzer.beslistabel.Grenzen.BYTES_PER_ONDERDEEL;
import static nl.indicatiewijzer.beslistabel.Grenzen.BYTES_TOTAAL;
import static nl.indicatiewijzer.beslistabel.Grenzen.ONDERDELEN;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One pass over the entries of a workbook in the order the zip stores them, by their local headers:
 * {@link Zipinhoudsopgave} has made sure that these are the entries of the table of contents, which
 * Excel and POI read. Each entry is unpacked through a stream that counts what it yields and stops the
 * pass once the entry or the pass exceeds its limit: the sizes in the zip's headers are never used to
 * bound it. Every pass checks every entry's name.
 */
final class Zipdoorloop {

    /** Reads one entry, or not; returns true when the pass may stop after it. */
    interface Onderdeellezer {
        boolean lees(String naam, InputStream inhoud) throws OnleesbareWerkmap;
    }

    /** Carries a refusal out of a read that the XML parser made on our behalf. */
    static final class Afgebroken extends RuntimeException {
        final OnleesbareWerkmap reden;

        Afgebroken(OnleesbareWerkmap reden) {
            super(null, null, false, false);
            this.reden = reden;
        }
    }

    private static final Supplier<OnleesbareWerkmap> ONLEESBARE_ZIP = () -> Weigering.beschadigd("het zip-bestand is niet te lezen");

    private final byte[] buffer = new byte[8192];
    private long uitgepakt;

    private Zipdoorloop() {
    }

    /** Refuses what is not a zip at all, by its first bytes. */
    static void controleerBegin(byte[] inhoud) throws OnleesbareWerkmap {
        // an OLE2 compound file ([MS-CFB] 2.2): Excel stores a workbook with a password, and the old .xls, this way
        if (begintMet(inhoud, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw Weigering.versleuteldOfOud();
        }
        if (begintMet(inhoud, 'P', 'K', 5, 6)) {
            throw Weigering.legeZip();
        }
        if (!begintMet(inhoud, 'P', 'K', 3, 4)) {
            throw Weigering.geenWerkmap();
        }
    }

    /** A part's name as OPC compares them: case-insensitively (ECMA-376 Part 2, Part Names). */
    static String sleutel(String naam) {
        return naam.toLowerCase(Locale.ROOT);
    }

    static void doorloop(byte[] inhoud, Onderdeellezer lezer) throws OnleesbareWerkmap {
        new Zipdoorloop().alles(inhoud, lezer);
    }

    private void alles(byte[] inhoud, Onderdeellezer lezer) throws OnleesbareWerkmap {
        Set<String> namen = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(inhoud), StandardCharsets.UTF_8)) {
            ZipEntry onderdeel;
            while ((onderdeel = zip.getNextEntry()) != null) {
                String naam = onderdeel.getName();
                if (namen.size() == ONDERDELEN) {
                    throw Weigering.teVeelOnderdelen();
                }
                if (!namen.add(sleutel(naam))) {
                    throw Weigering.dubbelOnderdeel(naam);
                }
                weigerVerboden(sleutel(naam));
                Onderdeelstroom stroom = new Onderdeelstroom(zip, naam);
                boolean klaar = lezer.lees(naam, stroom);
                stroom.leesUit();
                if (klaar) {
                    return;
                }
            }
        } catch (Afgebroken e) {
            throw e.reden;
        } catch (IOException | IllegalArgumentException e) {
            throw ONLEESBARE_ZIP.get();
        }
        if (namen.isEmpty()) {
            throw Weigering.legeZip();
        }
    }

    private static void weigerVerboden(String naam) throws OnleesbareWerkmap {
        if (naam.endsWith("vbaproject.bin") || naam.startsWith("xl/macrosheets/")) {
            throw Weigering.macros();
        }
        if (naam.startsWith("xl/externallinks/")) {
            throw Weigering.externeKoppeling();
        }
        if (naam.startsWith("xl/comments") && naam.endsWith(".xml") || naam.startsWith("xl/threadedcomments/")) {
            throw Weigering.opmerkingen();
        }
    }

    private static boolean begintMet(byte[] inhoud, int... begin) {
        if (inhoud.length < begin.length) {
            return false;
        }
        for (int i = 0; i < begin.length; i++) {
            if ((inhoud[i] & 0xFF) != begin[i]) {
                return false;
            }
        }
        return true;
    }

    /** One entry as it inflates, counted; closing it leaves the zip open for the next entry. */
    private final class Onderdeelstroom extends InputStream {
        private final InputStream zip;
        private final String naam;
        private final byte[] een = new byte[1];
        private long gelezen;

        Onderdeelstroom(InputStream zip, String naam) {
            this.zip = zip;
            this.naam = naam;
        }

        @Override
        public int read() {
            return read(een, 0, 1) > 0 ? een[0] & 0xFF : -1;
        }

        /** A damaged zip is said to be one here: the XML parser reading this would call it bad XML. */
        @Override
        public int read(byte[] b, int van, int lengte) {
            int n;
            try {
                n = zip.read(b, van, lengte);
            } catch (IOException | IllegalArgumentException e) {
                throw new Afgebroken(ONLEESBARE_ZIP.get());
            }
            if (n > 0) {
                tel(n);
            }
            return n;
        }

        @Override
        public void close() {
        }

        /** Inflates (and counts) what the reader of the entry left. */
        void leesUit() {
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted in read
            }
        }

        private void tel(int n) {
            gelezen += n;
            uitgepakt += n;
            if (gelezen > BYTES_PER_ONDERDEEL) {
                throw new Afgebroken(Weigering.teGrootOnderdeel(naam));
            }
            if (uitgepakt > BYTES_TOTAAL) {
                throw new Afgebroken(Weigering.teGrootTotaal());
            }
        }
    }
}
