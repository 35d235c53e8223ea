package nl.indicatiewijzer.aanval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.indicatiewijzer.beslistabel.Celfout;
import nl.indicatiewijzer.beslistabel.Tabelvertaling;
import nl.indicatiewijzer.beslistabel.Werkmaplezer;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The reader bounds what it unpacks (20,000 filled cells, 4,000 characters per text, 1,000,000
 * characters of shared strings); the DRL is bounded on what the values take in it. One shared string
 * of 4,000 non-ASCII characters, referenced from every text cell, costs 4,000 characters of
 * sharedStrings.xml and ~40 bytes per cell; each reference would be a 24,002-character literal
 * ({@code \u00E9} per character): 1,900 rows of the tsd product table, nine text columns, would give a
 * DRL of ~456 million characters. Such an upload is refused at the cell where its values pass
 * 1,000,000 characters, also at -Xmx256m.
 */
class VersterkteDrlTest {
    static final String PAD = "decision-tables/tsd/producten.drl.xlsx";
    static final int[] TEKSTKOLOMMEN = {0, 1, 2, 6, 7, 8, 9, 10, 11};
    static final String TEKST = "\u00E9".repeat(4_000);

    /** The released table with {@code rijen} data rows from row 12, every text cell the same long shared string. */
    static byte[] upload(int rijen) {
        return Aanvalswerkmap.bewerk(PAD, blad -> vul(blad, rijen));
    }

    private static void vul(Sheet blad, int rijen) {
        for (int r = 11; r <= blad.getLastRowNum(); r++) {
            if (blad.getRow(r) != null) {
                blad.removeRow(blad.getRow(r));
            }
        }
        for (int r = 11; r < 11 + rijen; r++) {
            for (int k : TEKSTKOLOMMEN) {
                Aanvalswerkmap.zet(blad, r, k, TEKST);
            }
        }
    }

    @Test
    void eenGedeeldeTekstInElkeCelWordtGeweigerdZodraDeWaardenSamenTeLangWorden() throws Exception {
        Tabelvertaling.Uitkomst klein = Tabelvertaling.vertaal(PAD, upload(4), Aanvalswerkmap.sjabloon(PAD));
        assertEquals(List.of(), klein.fouten(), "vier rijen lange tekst zijn gewoon tekst");
        Tabelvertaling.Uitkomst uitkomst = Tabelvertaling.vertaal(PAD, upload(40), Aanvalswerkmap.sjabloon(PAD));
        assertEquals(1, uitkomst.fouten().size(), uitkomst.fouten().toString());
        Celfout fout = uitkomst.fouten().get(0);
        assertTrue(fout.melding().contains("samen langer dan 1000000 tekens"), fout.melding());
        assertEquals(16, fout.rij(), "de rij waar de grens werd gepasseerd: 1.000.000 / 24.002 = 41 cellen, de 42e is de 6e van rij 16");
        assertTrue(uitkomst.drl().isEmpty());
    }

    /** Runs the translation the upload check does, in a JVM with the service's heap. */
    @Test
    void eenUploadBinnenDeLeesgrenzenWordtBijXmx256mGeweigerdZonderDeHeapTeVullen() throws Exception {
        byte[] upload = upload(1_900);
        Werkmaplezer.lees(upload); // within every limit of the reader: no OnleesbareWerkmap
        Path map = Files.createTempDirectory("aanval");
        Path bestand = map.resolve("upload.xlsx");
        Files.write(bestand, upload);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Vertaler.class.getName(), PAD, bestand.toString())
                .redirectErrorStream(true).redirectOutput(map.resolve("uit.txt").toFile()).start();
        boolean klaar = p.waitFor(5, TimeUnit.MINUTES);
        if (!klaar) {
            p.destroyForcibly();
        }
        String uit = Files.readString(map.resolve("uit.txt"));
        assertTrue(klaar, "na 5 minuten niet klaar");
        assertFalse(uit.contains("OutOfMemoryError"), "upload van " + upload.length / 1024 + " kB bij -Xmx256m: " + uit.strip());
        assertEquals(0, p.exitValue(), uit);
        assertTrue(uit.startsWith("fouten 1, DRL 0"), uit);
    }

    /** The child: Tabelvertaling.vertaal on the file against the released table. */
    public static final class Vertaler {
        public static void main(String[] args) throws Exception {
            byte[] sjabloon = Files.readAllBytes(Path.of(args[0]));
            byte[] upload = Files.readAllBytes(new File(args[1]).toPath());
            try {
                Tabelvertaling.Uitkomst u = Tabelvertaling.vertaal(args[0], upload, sjabloon);
                System.out.println("fouten " + u.fouten().size() + ", DRL " + u.drl().stream().mapToLong(d -> d.tekst().length()).sum());
            } catch (OutOfMemoryError e) {
                System.out.println("java.lang.OutOfMemoryError in Tabelvertaling.vertaal: " + e.getMessage());
                System.exit(3);
            }
        }
    }
}
