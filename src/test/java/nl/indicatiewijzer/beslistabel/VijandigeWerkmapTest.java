package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Workbooks made to hurt the reader, each refused, with the reason the policy worker reads. */
class VijandigeWerkmapTest {
    private static final String TABEL = "decision-tables/mlw-mer/producten.drl.xlsx";

    @Test
    void deTekstenbomWordtOpHetAantalGeweigerdZodraDatVoorbijDeGrensIs() throws Exception {
        byte[] bom = tekstenbom(false);
        System.out.printf("tekstenbom: %d bytes gezipt, xl/sharedStrings.xml %d MB uitgepakt met 900000 teksten%n",
                bom.length, uitgepakt(bom) / 1024 / 1024);
        for (int keer = 1; keer <= 3; keer++) {
            OnleesbareWerkmap weigering = meet("tekstenbom, keer " + keer, bom);
            assertTrue(weigering.getMessage().contains("meer dan 10000 verschillende teksten"), weigering.getMessage());
        }
    }

    /** POI writes the shared strings before the workbook: then pass 1 unpacks them first, and their size refuses them. */
    @Test
    void deTekstenbomVoorDeWerkmapWordtOpZijnGrootteGeweigerd() throws Exception {
        OnleesbareWerkmap weigering = meet("tekstenbom voor xl/workbook.xml", tekstenbom(true));
        assertTrue(weigering.getMessage().contains("'xl/sharedStrings.xml' pakt uit tot meer dan 20 MB"), weigering.getMessage());
    }

    @Test
    void eenCelInRijEenMiljoen() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        poi.createSheet("Tabel").createRow(999_999).createCell(0).setCellValue("x");
        OnleesbareWerkmap weigering = geweigerd(poi, "het blad 'Tabel' heeft een cel in rij 1000000 (cel A1000000); "
                + "een beslistabel heeft hoogstens 2000 rijen");
        assertEquals("Tabel", weigering.blad());
        assertEquals("A1000000", weigering.cel());
    }

    @Test
    void eenCelVoorbijKolomBL() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        poi.createSheet("Tabel").createRow(0).createCell(64).setCellValue(1);
        geweigerd(poi, "heeft een cel in kolom BM (cel BM1); een beslistabel heeft hoogstens 64 kolommen (A tot en met BL)");
    }

    @Test
    void eenOpgemaakteLegeCelVerWegTeltNiet() throws Exception {
        byte[] werkmap = Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\" s=\"0\"/></row>"
                + "<row r=\"1048576\" ht=\"20\" customHeight=\"1\"><c r=\"A1048576\" s=\"0\"/></row>").zip();
        assertEquals(1, Werkmaplezer.lees(werkmap).bladen().get(0).rijen().size());
    }

    /** Nearly 2 million cells that only have a format, 20 MB unpacked from 40 kB: read (and printed), not refused. */
    @Test
    void eenBladVolOpgemaakteLegeCellen() throws Exception {
        StringBuilder rijen = new StringBuilder();
        for (int r = 1; rijen.length() < 19_500_000; r++) {
            rijen.append("<row r=\"").append(r).append("\">").append("<c s=\"1\"/>".repeat(16_000)).append("</row>");
        }
        byte[] werkmap = Handwerkmap.metBlad(rijen.toString()).zip();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long begin = System.nanoTime();
        Werkmap gelezen = Werkmaplezer.lees(werkmap);
        System.out.printf("blad vol opgemaakte lege cellen (%d bytes gezipt): gelezen in %d ms, %d bytes gealloceerd%n", werkmap.length,
                (System.nanoTime() - begin) / 1_000_000, threads.getCurrentThreadAllocatedBytes() - bytes);
        assertEquals(List.of(), gelezen.bladen().get(0).rijen());
    }

    @Test
    void teVeelGevuldeCellen() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        Sheet sheet = poi.createSheet("Vol");
        for (int r = 0; r < 1000; r++) {
            Row rij = sheet.createRow(r);
            for (int k = 0; k < 21; k++) {
                rij.createCell(k).setCellValue(r * k);
            }
        }
        geweigerd(poi, "de werkmap heeft meer dan 20000 gevulde cellen (de laatste in cel");
    }

    @Test
    void eenTekstVanVijfduizendTekens() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        poi.createSheet("Lang").createRow(0).createCell(0).setCellValue("x".repeat(5000));
        geweigerd(poi, "de werkmap bevat een tekst van meer dan 4000 tekens");
        byte[] inline = Handwerkmap.metBlad("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>" + "x".repeat(5000) + "</t></is></c></row>").zip();
        assertEquals("B1", geweigerd(inline, "het blad 'Blad1' heeft in cel B1 een tekst of formule van meer dan 4000 tekens").cel());
    }

    @Test
    void samenTeVeelTekst() {
        String[] teksten = new String[300];
        Arrays.fill(teksten, "y".repeat(3500));
        geweigerd(Handwerkmap.metBlad("", teksten).zip(), "de teksten van de werkmap zijn samen langer dan 1000000 tekens");
    }

    @Test
    void macros() throws Exception {
        geweigerd(tabel().met("xl/vbaProject.bin", new byte[100]).zip(), "de werkmap bevat macro's");
        geweigerd(tabel().met("xl/VBAPROJECT.BIN", new byte[100]).zip(), "de werkmap bevat macro's");
        geweigerd(tabel().vervang("[Content_Types].xml", "spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml").zip(),
                "de werkmap bevat macro's");
    }

    @Test
    void externeKoppelingen() throws Exception {
        geweigerd(tabel().met("xl/externalLinks/externalLink1.xml", "<externalLink/>").zip(), "koppelingen naar andere bestanden");
        geweigerd(tabel().vervang("xl/_rels/workbook.xml.rels", "</Relationships>", "<Relationship Id=\"rId9\" Type=\"" + Handwerkmap.REL
                + "/hyperlink\" Target=\"https://voorbeeld.nl/tabel.xlsx\" TargetMode=\"External\"/></Relationships>").zip(),
                "koppelingen naar andere bestanden");
    }

    @Test
    void opmerkingenBijCellen() throws Exception {
        geweigerd(tabel().met("xl/comments1.xml", "<comments/>").zip(), "opmerkingen of notities");
        geweigerd(tabel().met("xl/threadedComments/threadedComment1.xml", "<ThreadedComments/>").zip(), "opmerkingen of notities");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"})
    void eenDtdInEenOnderdeel(String onderdeel) throws Exception {
        Handwerkmap werkmap = tabel();
        String tekst = werkmap.tekst(onderdeel);
        int na = tekst.startsWith("<?xml") ? tekst.indexOf("?>") + 2 : 0;
        String wortel = tekst.substring(tekst.indexOf('<', na) + 1).split("[ >/]")[0];
        werkmap.met(onderdeel, tekst.substring(0, na) + "<!DOCTYPE " + wortel + " [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + tekst.substring(na));
        geweigerd(werkmap.zip(), "het bestand bevat XML met een DTD of entiteiten (in '" + onderdeel + "'); dat maakt Excel nooit");
    }

    @Test
    void geenZip() {
        geweigerd(new byte[0], "het bestand is geen Excel-werkmap (.xlsx)");
        geweigerd("RuleSet;Import\n".getBytes(StandardCharsets.UTF_8), "het bestand is geen Excel-werkmap (.xlsx)");
        geweigerd(Handwerkmap.zip(Map.of("woord.docx.xml", new byte[10])), "het bestand is geen Excel-werkmap (.xlsx)");
    }

    @Test
    void ole2VersleuteldOfOudeXls() {
        byte[] ole2 = new byte[4096];
        byte[] kop = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(kop, 0, ole2, 0, kop.length);
        geweigerd(ole2, "met een wachtwoord versleuteld of is een oud Excel-bestand (.xls)");
    }

    @Test
    void legeZip() {
        geweigerd(Handwerkmap.zip(Map.of()), "het bestand is een leeg zip-bestand");
    }

    @Test
    void tweeKeerHetzelfdeOnderdeel() throws Exception {
        Map<String, byte[]> onderdelen = new LinkedHashMap<>();
        Handwerkmap tabel = tabel();
        for (String naam : tabel.namen()) {
            onderdelen.put(naam, tabel.bytes(naam));
        }
        onderdelen.put("xl/Worksheets/Sheet1.xml", tabel.bytes("xl/worksheets/sheet1.xml"));
        geweigerd(Handwerkmap.zip(onderdelen), "het onderdeel 'xl/Worksheets/Sheet1.xml' twee keer");

        // exactly the same name: ZipOutputStream will not write it, so the second name is patched afterwards
        onderdelen.remove("xl/Worksheets/Sheet1.xml");
        onderdelen.put("xl/worksheets/sheetX.xml", "<worksheet/>".getBytes(StandardCharsets.UTF_8));
        byte[] zip = Handwerkmap.zip(onderdelen);
        String latijn = new String(zip, StandardCharsets.ISO_8859_1).replace("xl/worksheets/sheetX.xml", "xl/worksheets/sheet1.xml");
        geweigerd(latijn.getBytes(StandardCharsets.ISO_8859_1), "het onderdeel 'xl/worksheets/sheet1.xml' twee keer");
    }

    @Test
    void grafiekEnDialoogbladen() throws Exception {
        Handwerkmap metGrafiek = Handwerkmap.metBlad("")
                .vervang("xl/workbook.xml", "</sheets>", "<sheet name=\"Grafiek1\" sheetId=\"2\" r:id=\"rId3\"/></sheets>")
                .met("xl/_rels/workbook.xml.rels", Handwerkmap.relaties("<Relationship Id=\"rId3\" Type=\"" + Handwerkmap.REL
                        + "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"))
                .met("xl/chartsheets/sheet1.xml", "<chartsheet xmlns=\"" + Handwerkmap.HOOFD + "\"/>");
        assertEquals("Grafiek1", geweigerd(metGrafiek.zip(), "het blad 'Grafiek1' is een grafiekblad").blad());

        Handwerkmap vermomd = Handwerkmap.metBlad("").met("xl/worksheets/sheet1.xml", "<chartsheet xmlns=\"" + Handwerkmap.HOOFD + "\"/>");
        geweigerd(vermomd.zip(), "het blad 'Blad1' is een grafiekblad");
        Handwerkmap dialoog = Handwerkmap.metBlad("").met("xl/worksheets/sheet1.xml", "<dialogsheet xmlns=\"" + Handwerkmap.HOOFD + "\"/>");
        geweigerd(dialoog.zip(), "het blad 'Blad1' is een dialoogblad");
    }

    @Test
    void teVeelOnderdelenBladenOfStijlen() {
        Handwerkmap veel = Handwerkmap.metBlad("");
        for (int i = 0; i < 200; i++) {
            veel.met("docProps/custom" + i + ".bin", new byte[1]);
        }
        geweigerd(veel.zip(), "het bestand bevat meer dan 200 onderdelen");

        StringBuilder bladen = new StringBuilder();
        for (int i = 2; i <= 21; i++) {
            bladen.append("<sheet name=\"Blad").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId1\"/>");
        }
        geweigerd(Handwerkmap.metBlad("").vervang("xl/workbook.xml", "</sheets>", bladen + "</sheets>").zip(),
                "de werkmap heeft meer dan 20 bladen");

        String xfs = "<xf numFmtId=\"0\"/>".repeat(4001);
        geweigerd(Handwerkmap.metBlad("")
                .met("xl/_rels/workbook.xml.rels", Handwerkmap.relaties("<Relationship Id=\"rId3\" Type=\"" + Handwerkmap.REL
                        + "/styles\" Target=\"styles.xml\"/>"))
                .met("xl/styles.xml", "<styleSheet xmlns=\"" + Handwerkmap.HOOFD + "\"><cellXfs>" + xfs + "</cellXfs></styleSheet>").zip(),
                "de werkmap heeft meer dan 4000 opmaakstijlen");
    }

    @Test
    void eenTeGrootOnderdeelOfTeVeelInHetGeheel() {
        String commentaar = "<!-- opvulling -->".repeat(1024 * 1024 / 16);
        String groot = "<worksheet xmlns=\"" + Handwerkmap.HOOFD + "\"><sheetData/>" + commentaar.repeat(21) + "</worksheet>";
        meetGeweigerd("een blad van 21 MB", Handwerkmap.metBlad("").met("xl/worksheets/sheet1.xml", groot).zip(),
                "het onderdeel 'xl/worksheets/sheet1.xml' pakt uit tot meer dan 20 MB");

        Handwerkmap samen = Handwerkmap.metBlad("");
        for (int i = 0; i < 3; i++) {
            samen.met("docProps/opvulling" + i + ".xml", "<a>" + commentaar.repeat(15) + "</a>");
        }
        meetGeweigerd("drie onderdelen van 15 MB", samen.zip(), "het bestand pakt uit tot meer dan 40 MB");
    }

    @Test
    void xmlDieExcelNooitSchrijft() {
        String diep = "<a>".repeat(100) + "</a>".repeat(100);
        geweigerd(blad(diep), "XML die dieper dan 64 niveaus gaat");
        StringBuilder namen = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            namen.append("<n").append(i).append("/>");
        }
        geweigerd(blad(namen.toString()), "met meer verschillende namen dan Excel ooit gebruikt");
        geweigerd(blad("<a b=\"" + "x".repeat(2_000_000) + "\"/>"), "met een tag of tekst van meer dan 1000000 tekens");
        geweigerd(Handwerkmap.metBlad("").met("xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet xmlns=\""
                + Handwerkmap.HOOFD + "\"/>").getBytes(StandardCharsets.UTF_16)).zip(), "'xl/worksheets/sheet1.xml' is geen geldige XML");
        geweigerd(Handwerkmap.metBlad("").met("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet xmlns=\""
                + Handwerkmap.HOOFD + "\"/>").zip(), "in de tekenset 'ISO-8859-1'");
        geweigerd(Handwerkmap.metBlad("").met("xl/worksheets/sheet1.xml", "<worksheet>caf\u00e9</worksheet>".getBytes(StandardCharsets.ISO_8859_1)).zip(),
                "'xl/worksheets/sheet1.xml' is geen geldige XML");
        geweigerd(Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row").zip(), "'xl/worksheets/sheet1.xml' is geen geldige XML");
    }

    @Test
    void waardenDieExcelNooitSchrijft() {
        geweigerd(Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\"><v>12,5</v></c></row>").zip(), "in cel A1 de waarde '12,5', die geen getal is");
        geweigerd(Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\"><v>1e400</v></c></row>").zip(), "het getal '1e400', dat Excel niet kan opslaan");
        geweigerd(Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>").zip(), "verwijzing naar tekst '7'");
        geweigerd(Handwerkmap.metBlad("<row r=\"2\"/><row r=\"1\"/>").zip(), "na rij 2 een rij met het nummer '1'");
        geweigerd(Handwerkmap.metBlad("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>1</v></c></row>").zip(), "de cel A1 na de cel B1");
    }

    private static byte[] blad(String inhoud) {
        return Handwerkmap.metBlad("").met("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + Handwerkmap.HOOFD + "\">" + inhoud
                + "<sheetData/></worksheet>").zip();
    }

    private static Handwerkmap tabel() throws IOException {
        return Handwerkmap.uit(Files.readAllBytes(Path.of(TABEL)));
    }

    /** The shared strings bomb: 900,000 strings, some 40 MB unpacked, after the sheet as Excel orders them (or before the workbook, as POI does). */
    static byte[] tekstenbom(boolean voorDeWerkmap) throws IOException {
        Handwerkmap basis = Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (String naam : basis.namen()) {
                if (voorDeWerkmap && naam.equals("xl/workbook.xml")) {
                    schrijfTeksten(zip);
                }
                if (!naam.equals("xl/sharedStrings.xml")) {
                    zip.putNextEntry(new ZipEntry(naam));
                    zip.write(basis.bytes(naam));
                    zip.closeEntry();
                }
            }
            if (!voorDeWerkmap) {
                schrijfTeksten(zip);
            }
        }
        return uit.toByteArray();
    }

    private static void schrijfTeksten(ZipOutputStream zip) throws IOException {
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        Writer teksten = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        teksten.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"" + Handwerkmap.HOOFD
                + "\" count=\"900000\" uniqueCount=\"900000\">");
        Random toeval = new Random(900_000);
        for (int i = 0; i < 900_000; i++) {
            teksten.write("<si><t>Ondersteuningsprofiel " + i + " " + Integer.toHexString(toeval.nextInt(1 << 10)) + "</t></si>");
        }
        teksten.write("</sst>");
        teksten.flush();
        zip.closeEntry();
    }

    private static long uitgepakt(byte[] zip) {
        return Handwerkmap.uit(zip).namen().stream().mapToLong(n -> Handwerkmap.uit(zip).bytes(n).length).sum();
    }

    /** Refuses, and prints the time and the bytes the reading thread allocated (not asserted: machines differ). */
    private static OnleesbareWerkmap meet(String wat, byte[] werkmap) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long begin = System.nanoTime();
        OnleesbareWerkmap weigering = assertThrows(OnleesbareWerkmap.class, () -> Werkmaplezer.lees(werkmap));
        System.out.printf("%s: geweigerd na %d ms, %d bytes gealloceerd: %s%n", wat, (System.nanoTime() - begin) / 1_000_000,
                threads.getCurrentThreadAllocatedBytes() - bytes, weigering.getMessage());
        return weigering;
    }

    private static void meetGeweigerd(String wat, byte[] werkmap, String reden) {
        OnleesbareWerkmap weigering = meet(wat, werkmap);
        assertTrue(weigering.getMessage().contains(reden), weigering.getMessage());
    }

    private static OnleesbareWerkmap geweigerd(XSSFWorkbook poi, String reden) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        poi.write(uit);
        poi.close();
        return geweigerd(uit.toByteArray(), reden);
    }

    private static OnleesbareWerkmap geweigerd(byte[] werkmap, String reden) {
        OnleesbareWerkmap weigering = assertThrows(OnleesbareWerkmap.class, () -> Werkmaplezer.lees(werkmap));
        assertTrue(weigering.getMessage().contains(reden), weigering.getMessage());
        return weigering;
    }
}
