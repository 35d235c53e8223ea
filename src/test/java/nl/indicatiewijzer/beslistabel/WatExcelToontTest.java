package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The reader reads what Excel and POI show of the same workbook, or refuses it: markup in another
 * namespace (which mc:Ignorable lets Excel skip) is no data, an attribute counts only without a
 * namespace, and _xHHHH_ escapes only ASCII hex digits. Once the reader matched elements by local name
 * and read attributes with getAttributeValue(null, name), which matches any namespace: the policy
 * worker who opened the upload in Excel saw one table, the rules ran another.
 */
class WatExcelToontTest {
    static final String PERCELEN = "decision-tables/mlw-mer/percelen.drl.xlsx";
    static final String INKOOP = "decision-tables/mlw-mer/inkoopperiode.drl.xlsx";
    static final String BLAD = "xl/worksheets/sheet1.xml";
    static final String NEGEERBAAR = " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:x=\"urn:x\" mc:Ignorable=\"x\"";
    static final String STRIKT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    static final String STRIKTE_RELATIE = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /** C12 (maximum duration, months): Excel and POI show 24; the rule once set 99. */
    @Test
    void eenWaardeInEenVreemdeNaamruimteVervangtDeWaardeDieExcelToontNiet() throws Exception {
        byte[] upload = negeerbaar(sjabloon(PERCELEN), BLAD, "<worksheet ")
                .vervang(BLAD, "<c r=\"C12\" t=\"n\" s=\"1\"><v>24.0</v></c>", "<c r=\"C12\" t=\"n\" s=\"1\"><v>24.0</v><x:v>99</x:v></c>").zip();
        assertEquals(List.of(), Tabelvertaling.vertaal(PERCELEN, upload, sjabloon(PERCELEN)).fouten());
        assertEquals(poi(upload, 12, 2), lezer(upload, 12, 2), "C12: POI (Excel) tegen Werkmaplezer (de regels)");
        assertEquals("24", lezer(upload, 12, 2));
    }

    /** D12 (the intake text): Excel shows it in D; the service once read it as E and D as empty. */
    @Test
    void eenVerwijzingInEenVreemdeNaamruimteZetDeWaardeNietInEenAndereKolom() throws Exception {
        byte[] upload = negeerbaar(sjabloon(PERCELEN), BLAD, "<worksheet ")
                .vervang(BLAD, "<c r=\"D12\" t=\"s\" s=\"1\"><v>25</v></c><c r=\"E12\" t=\"s\" s=\"1\"><v>26</v></c>",
                        "<c x:r=\"E12\" r=\"D12\" t=\"s\" s=\"1\"><v>25</v></c>").zip();
        assertEquals(List.of(), Tabelvertaling.vertaal(PERCELEN, upload, sjabloon(PERCELEN)).fouten());
        assertEquals(poi(upload, 12, 3) + " | " + poi(upload, 12, 4), lezer(upload, 12, 3) + " | " + lezer(upload, 12, 4),
                "D12 | E12: POI (Excel) tegen Werkmaplezer (de regels)");
    }

    /** A purchase date typed as a date: Excel shows 2027-01-01; the rule once got 2031-01-02 (1904 system). */
    @Test
    void date1904InEenVreemdeNaamruimteVerschuiftGeenDatum() throws Exception {
        byte[] datum = bewerk(INKOOP, blad -> {
            CellStyle stijl = blad.getWorkbook().createCellStyle();
            stijl.setDataFormat((short) 14);
            Cell cel = blad.getRow(11).getCell(1);
            cel.setCellValue(LocalDate.of(2027, 1, 1));
            cel.setCellStyle(stijl);
        });
        byte[] upload = negeerbaar(datum, "xl/workbook.xml", "<workbook ")
                .vervang("xl/workbook.xml", "<workbookPr date1904=\"false\"/>", "<workbookPr x:date1904=\"true\" date1904=\"false\"/>").zip();
        assertEquals(List.of(), Tabelvertaling.vertaal(INKOOP, upload, sjabloon(INKOOP)).fouten());
        assertEquals(poi(upload, 12, 1), lezer(upload, 12, 1), "B12: POI (Excel) tegen Werkmaplezer (de regels)");
        assertEquals("2027-01-01", lezer(upload, 12, 1));
    }

    /** XML white space around an xsd:boolean is collapsed, by POI and Excel alike; a value that is none is refused. */
    @Test
    void date1904MetWitruimteTeltZoalsPoiHaarLeest() throws Exception {
        byte[] datum = bewerk(INKOOP, blad -> {
            CellStyle stijl = blad.getWorkbook().createCellStyle();
            stijl.setDataFormat((short) 14);
            blad.getRow(11).getCell(1).setCellValue(47119);
            blad.getRow(11).getCell(1).setCellStyle(stijl);
        });
        byte[] upload = Handwerkmap.uit(datum).vervang("xl/workbook.xml", "date1904=\"false\"", "date1904=\" true\n\"").zip();
        assertEquals(poi(upload, 12, 1), lezer(upload, 12, 1));
        assertEquals("2033-01-02", lezer(upload, 12, 1));
        geweigerd(Handwerkmap.uit(datum).vervang("xl/workbook.xml", "date1904=\"false\"", "date1904=\"ja\"").zip(),
                "niet of haar datums vanaf 1900 of vanaf 1904 tellen");
    }

    /**
     * ST_Xstring escapes are four ASCII hex digits: Excel and POI show "_x\u0660\u0660\u0663\u0661_" (Arabic-Indic
     * digits) and "_x\uFF10\uFF10\uFF14\uFF11_" (fullwidth) as they are; the reader once read "1" and "A".
     */
    @Test
    void eenOntsnappingMetAndereDanAsciiCijfersBlijftDeTekstDieExcelToont() throws Exception {
        for (String tekst : List.of("Perceel _x\u0660\u0660\u0663\u0661_", "Perceel _x\uFF10\uFF10\uFF14\uFF11_", "Perceel _x00e9_ _x00C9_")) {
            byte[] upload = bewerk(PERCELEN, blad -> Bewerking.zet(blad.getWorkbook(), blad, 11, 1, tekst));
            assertEquals(List.of(), Tabelvertaling.vertaal(PERCELEN, upload, sjabloon(PERCELEN)).fouten());
            assertEquals(poi(upload, 12, 1), lezer(upload, 12, 1), "B12: POI (Excel) tegen Werkmaplezer (de regels)");
        }
        assertEquals("Perceel é É", Tekstinhoud.ontsnap("Perceel _x00e9_ _x00C9_"));
        assertEquals("_x\u0660\u0660\u0663\u0661_ _x00G1_ _X0041_", Tekstinhoud.ontsnap("_x\u0660\u0660\u0663\u0661_ _x00G1_ _X0041_"));
    }

    /** A shared string of another namespace is no string: the strings after it keep their index. */
    @Test
    void eenVreemdeGedeeldeTekstVerschuiftDeNummersNiet() throws Exception {
        byte[] upload = negeerbaar(sjabloon(PERCELEN), "xl/sharedStrings.xml", "<sst ")
                .vervang("xl/sharedStrings.xml", "<si><t>RuleSet</t></si>", "<x:si><x:t>vals</x:t></x:si><si><t>RuleSet</t></si>").zip();
        assertEquals(List.of(), Tabelvertaling.vertaal(PERCELEN, upload, sjabloon(PERCELEN)).fouten());
        assertEquals(poi(upload, 12, 1), lezer(upload, 12, 1));
        assertEquals("RuleSet", lezer(upload, 1, 0));
    }

    /** A row, cell, formula or value of another namespace counts for nothing, as in POI. */
    @Test
    void eenVreemdeRijCelFormuleOfWaardeTeltNiet() throws Exception {
        byte[] upload = negeerbaar(sjabloon(PERCELEN), BLAD, "<worksheet ")
                .vervang(BLAD, "<row r=\"13\">", "<x:row r=\"13\"><x:c r=\"C13\"><x:v>99</x:v></x:c></x:row><row r=\"13\">")
                .vervang(BLAD, "<c r=\"C13\" t=\"n\" s=\"1\"><v>24.0</v></c>",
                        "<c r=\"C13\" t=\"n\" s=\"1\"><x:f>99</x:f><v>24.0</v></c><x:c r=\"D13\" t=\"s\"><x:v>0</x:v></x:c>")
                .zip();
        assertEquals(List.of(), Tabelvertaling.vertaal(PERCELEN, upload, sjabloon(PERCELEN)).fouten());
        for (int kolom = 0; kolom < 5; kolom++) {
            assertEquals(poi(upload, 13, kolom), lezer(upload, 13, kolom));
        }
    }

    /**
     * Excel shows what mc:AlternateContent chooses, and what mc:ProcessContent unwraps; POI shows neither.
     * SpreadsheetML inside an element of another namespace is refused.
     */
    @Test
    void werkmapgegevensInEenVreemdElementWordenGeweigerd() throws Exception {
        String mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
        String keuze = "<mc:AlternateContent xmlns:mc=\"" + mc + "\"><mc:Choice Requires=\"x\"><c r=\"C12\"><v>99</v></c></mc:Choice>"
                + "<mc:Fallback><c r=\"C12\"><v>24</v></c></mc:Fallback></mc:AlternateContent>";
        OnleesbareWerkmap weigering = geweigerd(negeerbaar(sjabloon(PERCELEN), BLAD, "<worksheet ")
                .vervang(BLAD, "<c r=\"C12\" t=\"n\" s=\"1\"><v>24.0</v></c>", keuze).zip(), "binnen het element 'mc:AlternateContent'");
        assertTrue(weigering.getMessage().startsWith("het onderdeel 'xl/worksheets/sheet1.xml' bevat werkmapgegevens"), weigering.getMessage());

        geweigerd(negeerbaar(sjabloon(PERCELEN), BLAD, "<worksheet ")
                .vervang(BLAD, "mc:Ignorable=\"x\"", "mc:Ignorable=\"x\" mc:ProcessContent=\"x:omhulsel\"")
                .vervang(BLAD, "<c r=\"C12\" t=\"n\" s=\"1\"><v>24.0</v></c>", "<x:omhulsel><c r=\"C12\"><v>99</v></c></x:omhulsel>").zip(),
                "binnen het element 'x:omhulsel'");
        geweigerd(negeerbaar(sjabloon(PERCELEN), BLAD, "<worksheet ").vervang(BLAD, "<sheetData>", "<x:a><sheetData/></x:a><sheetData>").zip(),
                "binnen het element 'x:a'");
        geweigerd(negeerbaar(sjabloon(PERCELEN), "xl/sharedStrings.xml", "<sst ")
                .vervang("xl/sharedStrings.xml", "<si><t>RuleSet</t></si>", "<x:si><t>vals</t></x:si><si><t>RuleSet</t></si>").zip(),
                "binnen het element 'x:si'");
    }

    /** What Excel itself writes in another namespace: revision ids, row heights, the path it saved to, extensions. */
    @Test
    void wasExcelInAndereNaamruimtenSchrijftWordtGelezen() throws Exception {
        String x14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
        Handwerkmap werkmap = Handwerkmap.metBlad("<row r=\"1\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "tekst")
                .vervang("xl/workbook.xml", "<sheets>", "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/"
                        + "markup-compatibility/2006\"><mc:Choice Requires=\"x15\"><x15ac:absPath url=\"C:\\Users\\beleid\\\" "
                        + "xmlns:x15ac=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac\"/></mc:Choice></mc:AlternateContent>"
                        + "<xr:revisionPtr revIDLastSave=\"0\" xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\"/>"
                        + "<sheets>")
                .vervang("xl/worksheets/sheet1.xml", "<worksheet ", "<worksheet xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009"
                        + "/9/ac\" xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\" ")
                .vervang("xl/worksheets/sheet1.xml", "</worksheet>", "<extLst><ext uri=\"{78C0D931-6437-407d-A8EE-F0AAD7539E65}\" xmlns:x14=\"" + x14
                        + "\"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type=\"containsText\"><x14:dxf><font><b/></font>"
                        + "</x14:dxf></x14:cfRule><xm:sqref>A1</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>"
                        + "</worksheet>");
        assertEquals("tekst", Werkmaplezer.lees(werkmap.zip()).bladen().get(0).rij(1).cel(0).tekst());
    }

    @Test
    void eenStrikteWerkmapEnEenMetVoorvoegselsWordenGelezen() throws Exception {
        String rel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        Handwerkmap strikt = Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>2</v></c></row>", "strikt");
        for (String deel : List.of("xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")) {
            strikt.met(deel, strikt.tekst(deel).replace(Handwerkmap.HOOFD, STRIKT).replace(Handwerkmap.REL, STRIKTE_RELATIE));
        }
        strikt.met("_rels/.rels", strikt.tekst("_rels/.rels").replace(Handwerkmap.REL, rel));
        strikt.met("xl/_rels/workbook.xml.rels", strikt.tekst("xl/_rels/workbook.xml.rels").replace(Handwerkmap.REL, rel));
        assertEquals(List.of(Cel.tekst("strikt"), Cel.getal(new BigDecimal(2))), Werkmaplezer.lees(strikt.zip()).bladen().get(0).rij(1).cellen());

        Handwerkmap voorvoegsels = Handwerkmap.metBlad("")
                .met("xl/worksheets/sheet1.xml", "<x:worksheet xmlns:x=\"" + Handwerkmap.HOOFD + "\"><x:sheetData><x:row r=\"1\">"
                        + "<x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>")
                .met("xl/sharedStrings.xml", "<x:sst xmlns:x=\"" + Handwerkmap.HOOFD + "\"><x:si><x:t>met voorvoegsel</x:t></x:si></x:sst>");
        assertEquals("met voorvoegsel", Werkmaplezer.lees(voorvoegsels.zip()).bladen().get(0).rij(1).cel(0).tekst());
    }

    @Test
    void eenOnderdeelZonderDeNaamruimteVanSpreadsheetmlIsDatOnderdeelNiet() {
        geweigerd(Handwerkmap.metBlad("").met("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "</sheetData></worksheet>").zip(), "het blad 'Blad1' is geen werkblad");
        geweigerd(Handwerkmap.metBlad("").met("xl/workbook.xml", "<workbook xmlns:r=\"" + Handwerkmap.REL + "\"><sheets><sheet name=\"Blad1\" "
                + "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").zip(), "'xl/workbook.xml' is geen werkmap");
        geweigerd(Handwerkmap.metBlad("").vervang("xl/workbook.xml", "r:id=\"rId1\"", "id=\"rId1\"").zip(), "geen naam of geen onderdeel");
        geweigerd(Handwerkmap.metBlad("").vervang("xl/workbook.xml", "r:id=\"rId1\"", "r:id=\"rId1\" s:id=\"rId2\" xmlns:s=\""
                + STRIKTE_RELATIE + "\"").zip(), "met twee verwijzingen (r:id) in één element");
    }

    /** Content types and relationships have no markup compatibility; POI reads a Relationship at any depth. */
    @Test
    void deOnderdelenVanHetPakketHebbenAlleenHunEigenElementen() {
        geweigerd(Handwerkmap.metBlad("").vervang("xl/_rels/workbook.xml.rels", "</Relationships>", "<x:Relationship xmlns:x=\"urn:x\" Id=\"rId9\" "
                + "Type=\"" + Handwerkmap.REL + "/worksheet\" Target=\"worksheets/sheet9.xml\"/></Relationships>").zip(),
                "het element 'x:Relationship' uit een andere naamruimte");
        geweigerd(Handwerkmap.metBlad("").vervang("xl/_rels/workbook.xml.rels", "</Relationships>", "<Groep><Relationship Id=\"rId9\" "
                + "Type=\"" + Handwerkmap.REL + "/worksheet\" Target=\"worksheets/sheet9.xml\"/></Groep></Relationships>").zip(),
                "met het onverwachte element 'Groep'");
        geweigerd(Handwerkmap.metBlad("").vervang("[Content_Types].xml", "</Types>", "<x:Default xmlns:x=\"urn:x\" Extension=\"bin\" "
                + "ContentType=\"application/octet-stream\"/></Types>").zip(), "het element 'x:Default' uit een andere naamruimte");
        geweigerd(Handwerkmap.metBlad("").vervang("xl/_rels/workbook.xml.rels", Handwerkmap.REL + "/worksheet", "urn:x/worksheet").zip(),
                "het blad 'Blad1' is geen werkblad");
    }

    /** Excel and POI open the workbook that _rels/.rels names; the reader reads xl/workbook.xml. */
    @Test
    void eenAndereWerkmapInDePakketrelatiesWordtGeweigerd() {
        Handwerkmap werkmap = Handwerkmap.metBlad("");
        geweigerd(Handwerkmap.metBlad("").vervang("_rels/.rels", "Target=\"xl/workbook.xml\"", "Target=\"xl/echt.xml\"")
                .met("xl/echt.xml", werkmap.tekst("xl/workbook.xml")).zip(), "niet precies één werkmap 'xl/workbook.xml'");
        geweigerd(Handwerkmap.metBlad("").vervang("_rels/.rels", "</Relationships>", "<Relationship Id=\"rId2\" Type=\"" + Handwerkmap.REL
                + "/officeDocument\" Target=\"xl/echt.xml\"/></Relationships>").zip(), "niet precies één werkmap 'xl/workbook.xml'");
        geweigerd(Handwerkmap.metBlad("").zonder("_rels/.rels").zip(), "het onderdeel '_rels/.rels' ontbreekt");
    }

    /** What stands once in what Excel writes: POI reads the first of two, the reader read both or the last. */
    @Test
    void tweeKeerWatEenKeerHoortWordtGeweigerd() {
        geweigerd(Handwerkmap.metBlad("").vervang("xl/workbook.xml", "<sheets>", "<workbookPr/><workbookPr date1904=\"1\"/><sheets>").zip(),
                "met het element 'workbookPr' twee keer");
        geweigerd(Handwerkmap.metBlad("").vervang("xl/workbook.xml", "</workbook>", "<sheets/></workbook>").zip(), "'sheets' twee keer");
        geweigerd(Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\"><v>24</v><v>99</v></c></row>").zip(), "in cel A1 twee waarden");
        geweigerd(Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "een</t><t>twee").zip(), "'t' twee keer");
        geweigerd(Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "een</t><r><t>twee</t></r><t>").zip(),
                "'t' twee keer");
        geweigerd(Handwerkmap.metBlad("").met("xl/_rels/workbook.xml.rels", Handwerkmap.relaties("<Relationship Id=\"rId3\" Type=\""
                + Handwerkmap.REL + "/styles\" Target=\"styles.xml\"/>")).met("xl/styles.xml", "<styleSheet xmlns=\"" + Handwerkmap.HOOFD
                + "\"><cellXfs><xf numFmtId=\"0\"/></cellXfs><cellXfs><xf numFmtId=\"14\"/></cellXfs></styleSheet>").zip(), "'cellXfs' twee keer");
    }

    private static Handwerkmap negeerbaar(byte[] werkmap, String deel, String wortel) {
        return Handwerkmap.uit(werkmap).vervang(deel, wortel, wortel.strip() + NEGEERBAAR + " ");
    }

    static byte[] sjabloon(String pad) throws IOException {
        return Files.readAllBytes(Path.of(pad));
    }

    /** The table, edited in POI on its first sheet. */
    static byte[] bewerk(String pad, Consumer<Sheet> bewerking) throws IOException {
        try (Workbook werkmap = WorkbookFactory.create(new ByteArrayInputStream(sjabloon(pad)))) {
            bewerking.accept(werkmap.getSheetAt(0));
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return uit.toByteArray();
        }
    }

    static String lezer(byte[] werkmap, int rij, int kolom) throws OnleesbareWerkmap {
        return Werkmaplezer.lees(werkmap).bladen().get(0).rij(rij).cel(kolom).tekst();
    }

    static String poi(byte[] werkmap, int rij, int kolom) throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(werkmap))) {
            Row r = w.getSheetAt(0).getRow(rij - 1);
            Cell c = r == null ? null : r.getCell(kolom);
            if (c == null || c.getCellType() == CellType.BLANK) {
                return "";
            }
            if (c.getCellType() == CellType.NUMERIC) {
                return DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                        : new BigDecimal(String.valueOf(c.getNumericCellValue())).stripTrailingZeros().toPlainString();
            }
            return c.getStringCellValue();
        }
    }

    private static OnleesbareWerkmap geweigerd(byte[] werkmap, String reden) {
        OnleesbareWerkmap weigering = assertThrows(OnleesbareWerkmap.class, () -> Werkmaplezer.lees(werkmap));
        assertTrue(weigering.getMessage().contains(reden), weigering.getMessage());
        return weigering;
    }
}
