package nl.indicatiewijzer.beslistabel;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A zip taken apart at its seams (APPNOTE.TXT 4.3), to be put together again as Excel never would:
 * entries the table of contents does not list, or lists elsewhere, bytes before, between or after.
 */
final class Ruwezip {
    static final int EINDE = 0x06054b50;

    /** One entry: its local record (header, data, data descriptor) and its record in the table of contents. */
    record Onderdeel(String naam, byte[] lokaal, byte[] centraal) {

        /** The same entry, its record in the table of contents with 4 bytes at {@code plaats} set to {@code waarde}. */
        Onderdeel centraal(int plaats, long waarde) {
            byte[] anders = centraal.clone();
            le(anders).putInt(plaats, (int) waarde);
            return new Onderdeel(naam, lokaal, anders);
        }

        /** The same entry under another name of the same length, in the table of contents only. */
        Onderdeel centraalAls(String andereNaam) {
            byte[] anders = centraal.clone();
            byte[] bytes = andereNaam.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(bytes, 0, anders, 46, bytes.length);
            return new Onderdeel(andereNaam, lokaal, anders);
        }
    }

    private Ruwezip() {
    }

    /** The entries of a zip whose local records stand in the order of its table of contents (what ZipOutputStream writes). */
    static List<Onderdeel> uit(byte[] zip) {
        ByteBuffer b = le(zip);
        int einde = zip.length - 22;
        while (b.getInt(einde) != EINDE) {
            einde--;
        }
        int aantal = b.getShort(einde + 10) & 0xFFFF;
        int centraal = b.getInt(einde + 16);
        List<Onderdeel> onderdelen = new ArrayList<>();
        int[] plaatsen = new int[aantal + 1];
        int[] centraleLengtes = new int[aantal];
        int[] centraleBegin = new int[aantal];
        for (int i = 0, p = centraal; i < aantal; i++) {
            centraleBegin[i] = p;
            plaatsen[i] = b.getInt(p + 42);
            centraleLengtes[i] = 46 + (b.getShort(p + 28) & 0xFFFF) + (b.getShort(p + 30) & 0xFFFF) + (b.getShort(p + 32) & 0xFFFF);
            p += centraleLengtes[i];
        }
        plaatsen[aantal] = centraal;
        for (int i = 0; i < aantal; i++) {
            int p = centraleBegin[i];
            String naam = new String(zip, p + 46, b.getShort(p + 28) & 0xFFFF, StandardCharsets.UTF_8);
            onderdelen.add(new Onderdeel(naam, Arrays.copyOfRange(zip, plaatsen[i], plaatsen[i + 1]),
                    Arrays.copyOfRange(zip, p, p + centraleLengtes[i])));
        }
        return onderdelen;
    }

    /** The entries as they are: the local records, then the table of contents in the same order. */
    static byte[] samen(List<Onderdeel> onderdelen) {
        return samen(new byte[0], onderdelen, new byte[0], onderdelen, new byte[0]);
    }

    /**
     * {@code voor}, the local records of {@code lokaal}, {@code tussen}, the records of {@code centraal}
     * (each with the offset where the same entry's local record was written, or, when it was not, the
     * offset it has), the End record with {@code commentaar}.
     */
    static byte[] samen(byte[] voor, List<Onderdeel> lokaal, byte[] tussen, List<Onderdeel> centraal, byte[] commentaar) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        uit.writeBytes(voor);
        Map<Onderdeel, Integer> plaatsen = new IdentityHashMap<>();
        for (Onderdeel o : lokaal) {
            plaatsen.put(o, uit.size());
            uit.writeBytes(o.lokaal());
        }
        uit.writeBytes(tussen);
        int begin = uit.size();
        for (Onderdeel o : centraal) {
            byte[] record = o.centraal().clone();
            if (plaatsen.containsKey(o)) {
                le(record).putInt(42, plaatsen.get(o));
            }
            uit.writeBytes(record);
        }
        int omvang = uit.size() - begin;
        ByteBuffer einde = le(new byte[22]);
        einde.putInt(0, EINDE).putShort(8, (short) centraal.size()).putShort(10, (short) centraal.size())
                .putInt(12, omvang).putInt(16, begin).putShort(20, (short) commentaar.length);
        uit.writeBytes(einde.array());
        uit.writeBytes(commentaar);
        return uit.toByteArray();
    }

    static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
