package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import nl.indicatiewijzer.beslistabel.Ruwezip.Onderdeel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Excel, java.util.zip.ZipFile and POI open a zip through its table of contents at the end; the reader
 * walks its entries from the start. Every way to make the two differ is refused, and what Excel, POI
 * and LibreOffice write is read.
 */
class ZipinhoudsopgaveTest {
    private static final String PAD = "decision-tables/mlw-mer/percelen.drl.xlsx";
    private static final String ANDERS = "het bestand bevat meer dan één zip-archief of een zip-inhoudsopgave die niet klopt";
    private static final String ANDERE_PLAATS = "op een andere plaats of in een andere volgorde dan het archief";

    /**
     * Two workbooks one after the other: the reader's passes would read the first (perceel 1 may last 99
     * months), Excel and POI show the second (the released table, 24 months).
     */
    @Test
    void tweeWerkmappenAchterElkaarWordenGeweigerd() throws Exception {
        byte[] vals = bewerk(blad -> Bewerking.zet(blad.getWorkbook(), blad, 11, 2, 99.0));
        byte[] echt = tabel();
        byte[] upload = ByteBuffer.allocate(vals.length + echt.length).put(vals).put(echt).array();

        File bestand = File.createTempFile("twee", ".xlsx");
        bestand.deleteOnExit();
        Files.write(bestand.toPath(), upload);
        try (OPCPackage pakket = OPCPackage.open(bestand, PackageAccess.READ); XSSFWorkbook w = new XSSFWorkbook(pakket)) {
            assertEquals(24, (long) w.getSheetAt(0).getRow(11).getCell(2).getNumericCellValue(), "Excel en POI tonen de tweede");
        }
        assertTrue(geweigerd(upload, ANDERS).getMessage().contains("de inhoudsopgave eindigt niet waar het archief eindigt"));
        Tabelvertaling.Uitkomst uitkomst = Tabelvertaling.vertaal(PAD, upload, echt);
        assertEquals(List.of(), uitkomst.drl());
        assertTrue(uitkomst.fouten().get(0).melding().startsWith(ANDERS), uitkomst.fouten().toString());
    }

    @Test
    void eenWerkmapUitElkaarGenomenEnWeerSamengevoegdLeestAlsHetOrigineel() throws Exception {
        byte[] samen = Ruwezip.samen(Ruwezip.uit(tabel()));
        assertTrue(Arrays.equals(tabel(), samen), "Ruwezip verandert niets");
        assertEquals(Werkmaplezer.lees(tabel()), Werkmaplezer.lees(samen));
    }

    @Test
    void gegevensNaHetEindeWordenGeweigerd() throws Exception {
        byte[] tabel = tabel();
        byte[] langer = ByteBuffer.allocate(tabel.length + 3).put(tabel).put(new byte[] {'x', 0, 0}).array();
        geweigerd(langer, "er staat iets na het einde van het zip-archief");
    }

    @Test
    void eenCommentaarVanDeOpgegevenLengteMagEenAndereLengteNiet() throws Exception {
        Werkmap origineel = Werkmaplezer.lees(tabel());
        byte[] commentaar = "opgeslagen door de beleidsmedewerker".getBytes(StandardCharsets.UTF_8);
        List<Onderdeel> onderdelen = Ruwezip.uit(tabel());
        byte[] met = Ruwezip.samen(new byte[0], onderdelen, new byte[0], onderdelen, commentaar);
        assertEquals(origineel, Werkmaplezer.lees(met));

        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.setComment("commentaar van ZipOutputStream");
            Handwerkmap tabel = Handwerkmap.uit(tabel());
            for (String naam : tabel.namen()) {
                zip.putNextEntry(new ZipEntry(naam));
                zip.write(tabel.bytes(naam));
                zip.closeEntry();
            }
        }
        assertEquals(origineel, Werkmaplezer.lees(uit.toByteArray()));

        Ruwezip.le(met).putShort(met.length - commentaar.length - 2, (short) (commentaar.length - 1));
        geweigerd(met, "er staat iets na het einde van het zip-archief");

        // an End record in the last 21 bytes, where neither ZipFile nor this reader looks, but another reader might
        byte[] nogEenEinde = "opmerking PK\u0005\u0006..".getBytes(StandardCharsets.ISO_8859_1);
        geweigerd(Ruwezip.samen(new byte[0], onderdelen, new byte[0], onderdelen, nogEenEinde),
                "het commentaar van het zip-archief bevat nog een einde");
    }

    /**
     * A sheet hidden in the data of a stored entry, which the passes skip as data: the table of contents
     * lists it instead of the sheet the passes read (ZipFile, and Excel, read 99), or beside it.
     */
    @Test
    void eenOnderdeelDatAlleenInDeInhoudsopgaveStaatWordtGeweigerd() throws Exception {
        Handwerkmap echt = Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\"><v>24</v></c></row>");
        Onderdeel verborgen = Ruwezip.uit(Handwerkmap.zip(Map.of("xl/worksheets/sheet1.xml", Handwerkmap.metBlad(
                "<row r=\"1\"><c r=\"A1\"><v>99</v></c></row>").bytes("xl/worksheets/sheet1.xml")))).get(0);
        Map<String, byte[]> opgeslagen = new LinkedHashMap<>();
        opgeslagen.put("docProps/opvulling.bin", verborgen.lokaal());
        List<Onderdeel> lokaal = new ArrayList<>(Ruwezip.uit(echt.zip()));
        Onderdeel opvulling = Ruwezip.uit(opgeslagen(opgeslagen)).get(0);
        lokaal.add(opvulling);
        int plaats = lokaal.stream().limit(lokaal.size() - 1).mapToInt(o -> o.lokaal().length).sum() + 30 + "docProps/opvulling.bin".length();
        Onderdeel verwijzing = verborgen.centraal(42, plaats);

        List<Onderdeel> inPlaatsVan = new ArrayList<>(lokaal);
        inPlaatsVan.replaceAll(o -> o.naam().equals("xl/worksheets/sheet1.xml") ? verwijzing : o);
        byte[] vervangen = Ruwezip.samen(new byte[0], lokaal, new byte[0], inPlaatsVan, new byte[0]);
        assertTrue(blad1(vervangen).contains("<v>99</v>"), "ZipFile leest het verborgen blad");
        geweigerd(vervangen, "'xl/worksheets/sheet1.xml' " + ANDERE_PLAATS);

        List<Onderdeel> ernaast = new ArrayList<>(lokaal);
        ernaast.add(verwijzing.centraalAls("xl/worksheets/sheet2.xml"));
        geweigerd(Ruwezip.samen(new byte[0], lokaal, new byte[0], ernaast, new byte[0]), "'xl/worksheets/sheet2.xml' " + ANDERE_PLAATS);
    }

    @Test
    void eenAndereVolgordeOfPlaatsInDeInhoudsopgaveWordtGeweigerd() throws Exception {
        List<Onderdeel> lokaal = Ruwezip.uit(tabel());
        List<Onderdeel> omgekeerd = new ArrayList<>(lokaal);
        Collections.reverse(omgekeerd);
        byte[] andereVolgorde = Ruwezip.samen(new byte[0], lokaal, new byte[0], omgekeerd, new byte[0]);
        assertTrue(blad1(andereVolgorde).contains("<sheetData>"), "voor ZipFile een gewoon archief");
        geweigerd(andereVolgorde, ANDERE_PLAATS);

        List<Onderdeel> verschoven = new ArrayList<>(lokaal);
        verschoven.set(2, lokaal.get(2).centraal(42, lokaal.get(0).lokaal().length + lokaal.get(1).lokaal().length + 1));
        geweigerd(Ruwezip.samen(new byte[0], lokaal, new byte[0], verschoven, new byte[0]), "'" + lokaal.get(2).naam() + "' " + ANDERE_PLAATS);
    }

    @Test
    void ietsVoorHetEersteOnderdeelWordtGeweigerd() throws Exception {
        List<Onderdeel> lokaal = Ruwezip.uit(tabel());
        byte[] zelfuitpakkend = Ruwezip.samen("MZ\u0090\u0000 uitpakker".getBytes(StandardCharsets.ISO_8859_1), lokaal, new byte[0], lokaal,
                new byte[0]);
        assertTrue(blad1(zelfuitpakkend).contains("<sheetData>"), "voor ZipFile een gewoon archief");
        geweigerd(zelfuitpakkend, "het bestand is geen Excel-werkmap (.xlsx)");

        byte[] voor = Ruwezip.uit(Handwerkmap.zip(Map.of("docProps/voor.xml", "<voor/>".getBytes(StandardCharsets.UTF_8)))).get(0).lokaal();
        geweigerd(Ruwezip.samen(voor, lokaal, new byte[0], lokaal, new byte[0]), "'[Content_Types].xml' " + ANDERE_PLAATS);

        // offsets as they were, before the prepended bytes: ZipFile finds the entries all the same
        byte[] tabel = tabel();
        byte[] vooraf = ByteBuffer.allocate(voor.length + tabel.length).put(voor).put(tabel).array();
        assertTrue(blad1(vooraf).contains("<sheetData>"), "voor ZipFile een gewoon archief");
        geweigerd(vooraf, "de inhoudsopgave eindigt niet waar het archief eindigt");
    }

    @Test
    void eenOnderdeelDatNietInDeInhoudsopgaveStaatWordtGeweigerd() throws Exception {
        List<Onderdeel> lokaal = Ruwezip.uit(tabel());
        Onderdeel extra = Ruwezip.uit(Handwerkmap.zip(Map.of("docProps/extra.xml", "<extra/>".getBytes(StandardCharsets.UTF_8)))).get(0);
        List<Onderdeel> meer = new ArrayList<>(lokaal);
        meer.add(extra);
        geweigerd(Ruwezip.samen(new byte[0], meer, new byte[0], lokaal, new byte[0]),
                "er staat iets tussen het laatste onderdeel en de inhoudsopgave");
        geweigerd(Ruwezip.samen(new byte[0], lokaal, "opvulling".getBytes(StandardCharsets.UTF_8), lokaal, new byte[0]),
                "er staat iets tussen het laatste onderdeel en de inhoudsopgave");
        meer.add(1, meer.remove(meer.size() - 1));
        geweigerd(Ruwezip.samen(new byte[0], meer, new byte[0], lokaal, new byte[0]), "'" + lokaal.get(1).naam() + "' " + ANDERE_PLAATS);
    }

    @Test
    void eenAndereNaamMethodeCrcOfGrootteInDeInhoudsopgaveWordtGeweigerd() throws Exception {
        Handwerkmap tabel = Handwerkmap.uit(tabel());
        Map<String, byte[]> delen = new LinkedHashMap<>();
        tabel.namen().forEach(n -> delen.put(n, tabel.bytes(n)));
        // ZipOutputStream gives a deflated entry a data descriptor; a stored entry has its sizes in its header, as Excel writes them
        for (byte[] zip : List.of(tabel(), opgeslagen(delen))) {
            List<Onderdeel> lokaal = Ruwezip.uit(zip);
            int blad = lokaal.indexOf(lokaal.stream().filter(o -> o.naam().equals("xl/worksheets/sheet1.xml")).findFirst().orElseThrow());
            Onderdeel onderdeel = lokaal.get(blad);
            ByteBuffer centraal = Ruwezip.le(onderdeel.centraal());
            for (Onderdeel anders : List.of(onderdeel.centraal(16, centraal.getInt(16) ^ 1), onderdeel.centraal(24, centraal.getInt(24) + 1),
                    onderdeel.centraalAls("xl/worksheets/sheet9.xml"), onderdeel.centraal(10, centraal.getShort(10) ^ 8))) {
                List<Onderdeel> inhoud = new ArrayList<>(lokaal);
                inhoud.set(blad, anders);
                OnleesbareWerkmap weigering = geweigerd(Ruwezip.samen(new byte[0], lokaal, new byte[0], inhoud, new byte[0]), ANDERS);
                assertTrue(weigering.getMessage().contains("heeft in de inhoudsopgave een andere"), weigering.getMessage());
            }
        }
        assertEquals(Werkmaplezer.lees(tabel()), Werkmaplezer.lees(opgeslagen(delen)));
    }

    /** zip64 (ZipFile and POI read it, through the zip64 End record) and an archive over several files. */
    @Test
    void zip64EnMeerdeligeArchievenWordenGeweigerd() throws Exception {
        byte[] tabel = tabel();
        int einde = tabel.length - 22;
        ByteBuffer oud = Ruwezip.le(tabel);
        ByteBuffer zip64 = Ruwezip.le(new byte[tabel.length + 56 + 20]);
        zip64.put(0, tabel, 0, einde).position(einde);
        zip64.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                .putLong(oud.getShort(einde + 10)).putLong(oud.getShort(einde + 10)).putLong(oud.getInt(einde + 12)).putLong(oud.getInt(einde + 16));
        zip64.putInt(0x07064b50).putInt(0).putLong(einde).putInt(1);
        zip64.putInt(Ruwezip.EINDE).putShort((short) 0).putShort((short) 0).putShort((short) -1).putShort((short) -1).putInt(-1).putInt(-1)
                .putShort((short) 0);
        assertTrue(blad1(zip64.array()).contains("<sheetData>"), "voor ZipFile een gewoon archief");
        geweigerd(zip64.array(), "het gebruikt zip64-uitbreidingen");

        try (SXSSFWorkbook poi = new SXSSFWorkbook()) {
            poi.createSheet("Stroom").createRow(0).createCell(0).setCellValue("zip64-gegevensbeschrijvingen");
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            poi.write(uit);
            geweigerd(uit.toByteArray(), "het gebruikt zip64-uitbreidingen");
        }

        byte[] deel = tabel.clone();
        Ruwezip.le(deel).putShort(einde + 4, (short) 1).putShort(einde + 6, (short) 1);
        geweigerd(deel, "een deel van een zip-archief over meerdere bestanden");
    }

    @Test
    void meerOnderdelenInDeInhoudsopgaveDanEenBeslistabelHeeftWordenGeweigerd() throws Exception {
        byte[] tabel = tabel();
        Ruwezip.le(tabel).putShort(tabel.length - 22 + 8, (short) 201).putShort(tabel.length - 22 + 10, (short) 201);
        geweigerd(tabel, "het bestand bevat meer dan 200 onderdelen");
    }

    /** xl/worksheets/sheet1.xml as java.util.zip.ZipFile reads it, through the table of contents. */
    private static String blad1(byte[] zip) throws IOException {
        File bestand = File.createTempFile("inhoudsopgave", ".zip");
        bestand.deleteOnExit();
        Files.write(bestand.toPath(), zip);
        try (ZipFile z = new ZipFile(bestand)) {
            return new String(z.getInputStream(z.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The parts stored, not deflated: their sizes and CRC in the local header, no data descriptor. */
    private static byte[] opgeslagen(Map<String, byte[]> delen) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (Map.Entry<String, byte[]> deel : delen.entrySet()) {
                ZipEntry e = new ZipEntry(deel.getKey());
                CRC32 crc = new CRC32();
                crc.update(deel.getValue());
                e.setMethod(ZipEntry.STORED);
                e.setSize(deel.getValue().length);
                e.setCompressedSize(deel.getValue().length);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(deel.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static byte[] tabel() throws IOException {
        return Files.readAllBytes(Path.of(PAD));
    }

    private static byte[] bewerk(Consumer<Sheet> bewerking) throws IOException {
        try (Workbook werkmap = WorkbookFactory.create(new ByteArrayInputStream(tabel()))) {
            bewerking.accept(werkmap.getSheetAt(0));
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return uit.toByteArray();
        }
    }

    private static OnleesbareWerkmap geweigerd(byte[] werkmap, String reden) {
        OnleesbareWerkmap weigering = assertThrows(OnleesbareWerkmap.class, () -> Werkmaplezer.lees(werkmap));
        assertTrue(weigering.getMessage().contains(reden), weigering.getMessage());
        return weigering;
    }
}
