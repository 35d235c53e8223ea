package nl.indicatiewijzer.beslistabel;

import static nl.indicatiewijzer.beslistabel.Grenzen.ONDERDELEN;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The zip's table of contents (its central directory), found as Excel, java.util.zip.ZipFile and POI
 * find it: through the End Of Central Directory record at the end of the file (APPNOTE.TXT 4.3.16).
 * The passes of {@link Zipdoorloop} walk the local headers from the start instead. This makes the two
 * one and the same archive, or refuses the file: the table of contents lists exactly the local entries,
 * in their order, at the offsets where they stand, with the same name, method, CRC and sizes (from the
 * local header or its data descriptor); nothing stands before the first entry, between two, between
 * the last and the table of contents, or after the End record but its declared comment. No zip64, no
 * archive over several files. The bytes are read where they are, not copied.
 */
final class Zipinhoudsopgave {
    private static final int LOKAAL = 0x04034b50;
    private static final int CENTRAAL = 0x02014b50;
    private static final int EINDE = 0x06054b50;
    private static final int ZIP64_VINDER = 0x07064b50;
    private static final int BESCHRIJVING = 0x08074b50;
    private static final int EINDE_LENGTE = 22;
    private static final int LOKAAL_LENGTE = 30;
    private static final int CENTRAAL_LENGTE = 46;
    private static final int ZIP64_VINDER_LENGTE = 20;
    private static final int MAXIMAAL_COMMENTAAR = 0xFFFF;
    private static final long ZIP64 = 0xFFFFFFFFL;
    private static final int ZIP64_EXTRA = 0x0001;
    private static final int MET_BESCHRIJVING = 1 << 3;
    private static final int OPGESLAGEN = 0;

    private final byte[] zip;
    private final int begin;
    private final int einde;

    private Zipinhoudsopgave(byte[] zip, int begin, int einde) {
        this.zip = zip;
        this.begin = begin;
        this.einde = einde;
    }

    static void controleer(byte[] zip) throws OnleesbareWerkmap {
        int einde = einde(zip);
        if ((long) einde + EINDE_LENGTE + u16(zip, einde + 20) != zip.length) {
            throw Weigering.andereZip("er staat iets na het einde van het zip-archief");
        }
        for (int p = einde + EINDE_LENGTE; p + 4 <= zip.length; p++) {
            if (u32(zip, p) == EINDE) {
                throw Weigering.andereZip("het commentaar van het zip-archief bevat nog een einde");
            }
        }
        int totaal = u16(zip, einde + 10);
        long omvang = u32(zip, einde + 12);
        long begin = u32(zip, einde + 16);
        if (totaal == 0xFFFF || omvang == ZIP64 || begin == ZIP64
                || einde >= ZIP64_VINDER_LENGTE && u32(zip, einde - ZIP64_VINDER_LENGTE) == ZIP64_VINDER) {
            throw Weigering.zip64();
        }
        if (u16(zip, einde + 4) != 0 || u16(zip, einde + 6) != 0 || u16(zip, einde + 8) != totaal) {
            throw Weigering.meerdeligeZip();
        }
        if (totaal > ONDERDELEN) {
            throw Weigering.teVeelOnderdelen();
        }
        if (begin + omvang != einde) {
            throw Weigering.andereZip("de inhoudsopgave eindigt niet waar het archief eindigt");
        }
        new Zipinhoudsopgave(zip, (int) begin, einde).vergelijk(totaal);
    }

    /** The last End record, at most a maximal comment from the end: where ZipFile and POI look first. */
    private static int einde(byte[] zip) throws OnleesbareWerkmap {
        int grens = Math.max(0, zip.length - EINDE_LENGTE - MAXIMAAL_COMMENTAAR);
        for (int plaats = zip.length - EINDE_LENGTE; plaats >= grens; plaats--) {
            if (u32(zip, plaats) == EINDE) {
                return plaats;
            }
        }
        throw Weigering.andereZip("het einde van het zip-archief ontbreekt");
    }

    /** Walks the table of contents and the local entries side by side. */
    private void vergelijk(int totaal) throws OnleesbareWerkmap {
        int centraal = begin;
        long lokaal = 0;
        for (int i = 0; i < totaal; i++) {
            if (!binnen(centraal, CENTRAAL_LENGTE, einde) || u32(zip, centraal) != CENTRAAL) {
                throw Weigering.andereZip("de inhoudsopgave is onvolledig");
            }
            int naam = u16(zip, centraal + 28);
            long volgende = (long) centraal + CENTRAAL_LENGTE + naam + u16(zip, centraal + 30) + u16(zip, centraal + 32);
            if (volgende > einde) {
                throw Weigering.andereZip("de inhoudsopgave is onvolledig");
            }
            long plaats = u32(zip, centraal + 42);
            if (u32(zip, centraal + 20) == ZIP64 || u32(zip, centraal + 24) == ZIP64 || plaats == ZIP64
                    || u16(zip, centraal + 34) == 0xFFFF) {
                throw Weigering.zip64();
            }
            if (u16(zip, centraal + 34) != 0) {
                throw Weigering.meerdeligeZip();
            }
            if (plaats != lokaal) {
                throw Weigering.andereZip("de inhoudsopgave noemt '" + naam(centraal + CENTRAAL_LENGTE, naam)
                        + "' op een andere plaats of in een andere volgorde dan het archief");
            }
            lokaal = lokaal((int) plaats, centraal);
            centraal = (int) volgende;
        }
        if (centraal != einde) {
            throw Weigering.andereZip("de inhoudsopgave is langer dan haar onderdelen");
        }
        if (lokaal != begin) {
            throw Weigering.andereZip("er staat iets tussen het laatste onderdeel en de inhoudsopgave");
        }
    }

    /** Compares the local entry at {@code plaats} with its entry in the table of contents; returns where it ends. */
    private long lokaal(int plaats, int centraal) throws OnleesbareWerkmap {
        int naam = u16(zip, centraal + 28);
        String wie = naam(centraal + CENTRAAL_LENGTE, naam);
        if (!binnen(plaats, LOKAAL_LENGTE, begin) || u32(zip, plaats) != LOKAAL) {
            throw Weigering.andereZip("'" + wie + "' staat niet waar de inhoudsopgave het noemt");
        }
        int lokaleNaam = u16(zip, plaats + 26);
        int extra = u16(zip, plaats + 28);
        long gegevens = (long) plaats + LOKAAL_LENGTE + lokaleNaam + extra;
        long crc = u32(zip, centraal + 16);
        long gepakt = u32(zip, centraal + 20);
        long uitgepakt = u32(zip, centraal + 24);
        int methode = u16(zip, centraal + 10);
        if (gegevens + gepakt > begin || lokaleNaam != naam
                || !Arrays.equals(zip, plaats + LOKAAL_LENGTE, plaats + LOKAAL_LENGTE + naam, zip, centraal + CENTRAAL_LENGTE,
                        centraal + CENTRAAL_LENGTE + naam)
                || u16(zip, plaats + 8) != methode || methode == OPGESLAGEN && gepakt != uitgepakt) {
            throw Weigering.andereZip("'" + wie + "' heeft in de inhoudsopgave een andere naam, methode of grootte");
        }
        if (u32(zip, plaats + 18) == ZIP64 || u32(zip, plaats + 22) == ZIP64) {
            throw Weigering.zip64();
        }
        if ((u16(zip, plaats + 6) & MET_BESCHRIJVING) == 0) {
            if (u32(zip, plaats + 14) != crc || u32(zip, plaats + 18) != gepakt || u32(zip, plaats + 22) != uitgepakt) {
                throw Weigering.andereZip("'" + wie + "' heeft in de inhoudsopgave een andere CRC of grootte");
            }
            return gegevens + gepakt;
        }
        if (zip64Extra(plaats + LOKAAL_LENGTE + lokaleNaam, extra)) {
            throw Weigering.zip64();
        }
        return beschrijving(gegevens + gepakt, crc, gepakt, uitgepakt, wie);
    }

    /** The data descriptor after the data, with or without its signature, as ZipInputStream reads it. */
    private long beschrijving(long na, long crc, long gepakt, long uitgepakt, String wie) throws OnleesbareWerkmap {
        long p = binnen(na, 4, begin) && u32(zip, (int) na) == BESCHRIJVING ? na + 4 : na;
        if (binnen(p, 12, begin) && u32(zip, (int) p) == crc && u32(zip, (int) p + 4) == gepakt && u32(zip, (int) p + 8) == uitgepakt) {
            return p + 12;
        }
        if (binnen(p, 20, begin) && u32(zip, (int) p) == crc && u32(zip, (int) p + 4) == gepakt && u32(zip, (int) p + 8) == 0
                && u32(zip, (int) p + 12) == uitgepakt && u32(zip, (int) p + 16) == 0) {
            throw Weigering.zip64();
        }
        throw Weigering.andereZip("'" + wie + "' heeft in de inhoudsopgave een andere CRC of grootte");
    }

    private boolean zip64Extra(int van, int lengte) {
        for (int p = van; p + 4 <= van + lengte; p += 4 + u16(zip, p + 2)) {
            if (u16(zip, p) == ZIP64_EXTRA) {
                return true;
            }
        }
        return false;
    }

    private String naam(int van, int lengte) {
        return Weigering.kort(new String(zip, van, Math.min(lengte, 200), StandardCharsets.UTF_8));
    }

    private static boolean binnen(long van, int lengte, long tot) {
        return van >= 0 && van + lengte <= tot;
    }

    private static int u16(byte[] b, int p) {
        return b[p] & 0xFF | (b[p + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (u16(b, p) | (long) u16(b, p + 2) << 16) & ZIP64;
    }
}
