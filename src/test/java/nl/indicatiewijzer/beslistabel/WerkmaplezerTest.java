package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.indicatiewijzer.beslistabel.Cel.Soort;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/** Workbooks that POI (or, where POI cannot, the test itself) writes, read back cell by cell. */
class WerkmaplezerTest {

    @Test
    void tekstGetallenEnJaNee() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        Row rij = poi.createSheet("Tabel").createRow(0);
        rij.createCell(0).setCellValue("  Begeleiding groep  ");
        rij.createCell(1).setCellValue(24.0);
        rij.createCell(2).setCellValue(59.71);
        rij.createCell(3).setCellValue(0.1 + 0.2);
        rij.createCell(4).setCellValue(true);
        rij.createCell(5).setCellValue(false);
        rij.createCell(6).setCellValue(-1.5e-7);
        rij.createCell(7).setCellValue(1e20);
        rij.createCell(8).setCellValue("");
        rij.createCell(9).setCellValue(1234567.891);

        Rij gelezen = enigBlad(lees(poi)).rij(1);
        assertEquals(List.of("  Begeleiding groep  ", "24", "59.71", "0.3", "true", "false", "-0.00000015",
                "100000000000000000000", "", "1234567.891"), gelezen.cellen().stream().map(Cel::tekst).toList());
        assertEquals(Soort.TEKST, gelezen.cel(0).soort());
        assertEquals(Soort.GETAL, gelezen.cel(1).soort());
        assertEquals(0, new BigDecimal("0.3").compareTo(gelezen.cel(3).getal()));
        assertEquals(Soort.JA_NEE, gelezen.cel(4).soort());
        assertEquals(Cel.LEEG, gelezen.cel(8));
    }

    @Test
    void eenGetalMetEenDatumopmaakIsEenDatum() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        Row rij = poi.createSheet("Data").createRow(0);
        rij.createCell(0).setCellValue(LocalDate.of(2029, 1, 1));
        rij.getCell(0).setCellStyle(stijl(poi, "yyyy-mm-dd"));
        rij.createCell(1).setCellValue(LocalDate.of(2029, 1, 1).atTime(18, 30));
        rij.getCell(1).setCellStyle(stijl(poi, "d-m-yyyy h:mm"));
        rij.createCell(2).setCellValue(47119);
        rij.getCell(2).setCellStyle(stijl(poi, "[h]:mm"));
        rij.createCell(3).setCellValue(47119);
        rij.getCell(3).setCellStyle(stijl(poi, "0.00 \"dagen\""));
        rij.createCell(4).setCellValue(59);
        rij.getCell(4).setCellStyle(poi.getCellStyleAt(ingebouwd(poi, 14)));
        rij.createCell(5).setCellValue(61);
        rij.getCell(5).setCellStyle(poi.getCellStyleAt(ingebouwd(poi, 14)));

        Rij gelezen = enigBlad(lees(poi)).rij(1);
        assertEquals(Soort.DATUM, gelezen.cel(0).soort());
        assertEquals(LocalDate.of(2029, 1, 1), gelezen.cel(0).datum());
        assertEquals("2029-01-01", gelezen.cel(0).tekst());
        assertEquals(0, new BigDecimal(47119).compareTo(gelezen.cel(0).getal()));
        assertEquals(LocalDate.of(2029, 1, 1), gelezen.cel(1).datum());
        assertEquals(Soort.GETAL, gelezen.cel(2).soort(), "een duur is geen datum");
        assertEquals(Soort.GETAL, gelezen.cel(3).soort(), "'dagen' tussen aanhalingstekens is tekst");
        assertEquals(LocalDate.of(1900, 2, 28), gelezen.cel(4).datum());
        assertEquals(LocalDate.of(1900, 3, 1), gelezen.cel(5).datum());
    }

    @Test
    void inHet1904SysteemTeltEenDatumVanaf1904() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        poi.getCTWorkbook().getWorkbookPr().setDate1904(true);
        Row rij = poi.createSheet("Data").createRow(0);
        rij.createCell(0).setCellValue(LocalDate.of(2029, 1, 1));
        rij.getCell(0).setCellStyle(stijl(poi, "dd-mm-yyyy"));
        rij.createCell(1).setCellValue(0);
        rij.getCell(1).setCellStyle(stijl(poi, "dd-mm-yyyy"));

        Rij gelezen = enigBlad(lees(poi)).rij(1);
        assertEquals(LocalDate.of(2029, 1, 1), gelezen.cel(0).datum());
        assertEquals(0, new BigDecimal(47119 - 1462).compareTo(gelezen.cel(0).getal()));
        assertEquals(LocalDate.of(1904, 1, 1), gelezen.cel(1).datum());
    }

    @Test
    void formulesEnFoutwaarden() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        Row rij = poi.createSheet("Rekenen").createRow(0);
        rij.createCell(0).setCellValue(2);
        rij.createCell(1).setCellFormula("A1*2");
        rij.createCell(2).setCellFormula("IF(A1>1,\"ja\",\"nee\")");
        rij.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
        rij.createCell(4).setCellErrorValue(FormulaError.NA.getCode());
        poi.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Rij gelezen = enigBlad(lees(poi)).rij(1);
        assertEquals(Cel.formule("A1*2"), gelezen.cel(1));
        assertEquals("=IF(A1>1,\"ja\",\"nee\")", gelezen.cel(2).tekst());
        assertEquals(Cel.fout("#DIV/0!"), gelezen.cel(3));
        assertEquals(Cel.fout("#N/A"), gelezen.cel(4));
    }

    @Test
    void eenGedeeldeFormuleZonderTekst() throws Exception {
        byte[] werkmap = Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:A2\" si=\"0\">B1+1</f><v>3</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"0\"/><v>4</v></c></row>").zip();
        Blad blad = enigBlad(Werkmaplezer.lees(werkmap));
        assertEquals("=B1+1", blad.rij(1).cel(0).tekst());
        assertEquals(Cel.formule("(gedeelde formule)"), blad.rij(2).cel(0));
    }

    @Test
    void inlineTeksten() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        Row rij = poi.createSheet("Inline").createRow(0);
        CTCell cel = ((XSSFCell) rij.createCell(0)).getCTCell();
        cel.setT(STCellType.INLINE_STR);
        cel.addNewIs().setT(" inline tekst ");
        CTRst opgemaakt = ((XSSFCell) rij.createCell(1)).getCTCell().addNewIs();
        opgemaakt.addNewR().setT("in");
        opgemaakt.addNewR().setT("line");
        ((XSSFCell) rij.getCell(1)).getCTCell().setT(STCellType.INLINE_STR);
        assertEquals(List.of(Cel.tekst(" inline tekst "), Cel.tekst("inline")), enigBlad(lees(poi)).rij(1).cellen());
    }

    @Test
    void inlineTekstenZoalsSxssfZeSchrijft() throws Exception {
        try (SXSSFWorkbook poi = new SXSSFWorkbook()) {
            // with Zip64 data descriptors (SXSSF's default) Java 17's ZipInputStream cannot read the zip: see zip64DoorSxssf
            poi.setZip64Mode(Zip64Mode.Never);
            Row rij = poi.createSheet("Stroom").createRow(0);
            rij.createCell(0).setCellValue("inline tekst");
            rij.createCell(2).setCellValue(" met spaties ");
            Rij gelezen = enigBlad(lees(poi)).rij(1);
            assertEquals(List.of(Cel.tekst("inline tekst"), Cel.LEEG, Cel.tekst(" met spaties ")), gelezen.cellen());
        }
    }

    /**
     * SXSSF (commons-compress) streams its entries with Zip64 data descriptors and no Zip64 field in the
     * local header. Java 17's ZipInputStream cannot read those ("invalid entry size"): the workbook is then
     * refused as a damaged zip, which saving it once in Excel or LibreOffice repairs. Excel never writes them.
     */
    @Test
    void zip64DoorSxssf() throws Exception {
        try (SXSSFWorkbook poi = new SXSSFWorkbook()) {
            poi.createSheet("Stroom").createRow(0).createCell(0).setCellValue("inline tekst");
            try {
                assertEquals("inline tekst", enigBlad(lees(poi)).rij(1).cel(0).tekst());
            } catch (OnleesbareWerkmap e) {
                assertTrue(e.getMessage().contains("zip-bestand is niet te lezen"), e.getMessage());
            }
        }
    }

    @Test
    void opgemaakteTekstIsDeTekstVanAlleRuns() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        XSSFRichTextString tekst = new XSSFRichTextString("vet en gewoon");
        XSSFFont vet = poi.createFont();
        vet.setBold(true);
        tekst.applyFont(0, 3, vet);
        poi.createSheet("Opmaak").createRow(0).createCell(0).setCellValue(tekst);
        assertEquals("vet en gewoon", enigBlad(lees(poi)).rij(1).cel(0).tekst());
    }

    @Test
    void fonetischeRunsEnOntsnapteTekensInEenGedeeldeTekst() throws Exception {
        byte[] werkmap = Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>")
                .met("xl/sharedStrings.xml", "<sst xmlns=\"" + Handwerkmap.HOOFD + "\">"
                        + "<si><r><t>東京</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> stad</t></r>"
                        + "<rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                        + "<si><t>regel 1_x000D_\nregel 2 _x005F_x0041_</t></si></sst>")
                .zip();
        Rij rij = enigBlad(Werkmaplezer.lees(werkmap)).rij(1);
        assertEquals("東京 stad", rij.cel(0).tekst());
        assertEquals("regel 1\r\nregel 2 _x0041_", rij.cel(1).tekst());
    }

    @Test
    void cellenVerUitElkaarGevenDichteRijen() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        Sheet sheet = poi.createSheet("Ver");
        sheet.createRow(0).createCell(0).setCellValue("linksboven");
        sheet.createRow(1999).createCell(63).setCellValue("rechtsonder");
        sheet.createRow(999).createCell(10).setCellValue("");

        Blad blad = enigBlad(lees(poi));
        assertEquals(2000, blad.rijen().size());
        assertEquals(List.of(), blad.rij(1000).cellen());
        assertEquals(1000, blad.rij(1000).nummer());
        assertEquals(64, blad.rij(2000).cellen().size());
        assertEquals("rechtsonder", blad.rij(2000).cel(63).tekst());
        assertTrue(blad.rij(2000).cellen().subList(0, 63).stream().allMatch(Cel::leeg));
        for (int r = 1; r <= 2000; r++) {
            assertEquals(r, blad.rij(r).nummer());
        }
    }

    @Test
    void cellenEnRijenZonderVerwijzingVolgenOpDeVorige() throws Exception {
        byte[] werkmap = Handwerkmap.metBlad("<row><c t=\"s\"><v>0</v></c><c><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>1</v></c><c t=\"inlineStr\"><is><t>C3</t></is></c></row>"
                + "<row><c r=\"A4\" t=\"b\"><v>1</v></c></row>", "A1", "B3").zip();
        Blad blad = enigBlad(Werkmaplezer.lees(werkmap));
        assertEquals(List.of(Cel.tekst("A1"), Cel.getal(new BigDecimal(2))), blad.rij(1).cellen());
        assertEquals(List.of(), blad.rij(2).cellen());
        assertEquals(List.of(Cel.LEEG, Cel.tekst("B3"), Cel.tekst("C3")), blad.rij(3).cellen());
        assertEquals(List.of(Cel.jaNee(true)), blad.rij(4).cellen());
    }

    @Test
    void eenByteOrderMarkEnDeclaratieInUtf8() throws Exception {
        Handwerkmap werkmap = Handwerkmap.metBlad("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "café");
        werkmap.met("xl/sharedStrings.xml", "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + werkmap.tekst("xl/sharedStrings.xml"));
        assertEquals("café", enigBlad(Werkmaplezer.lees(werkmap.zip())).rij(1).cel(0).tekst());
    }

    @Test
    void bladnamenVolgordeEnGedefinieerdeNamen() throws Exception {
        XSSFWorkbook poi = new XSSFWorkbook();
        poi.createSheet("Tweede blad");
        poi.createSheet("Eerste blad").createRow(4).createCell(1).setCellValue("x");
        poi.setSheetOrder("Eerste blad", 0);
        poi.createName().setNameName("Grens");
        poi.getName("Grens").setRefersToFormula("'Eerste blad'!$B$5");

        Werkmap werkmap = lees(poi);
        assertEquals(List.of("Eerste blad", "Tweede blad"), werkmap.bladen().stream().map(Blad::naam).toList());
        assertEquals(List.of("Grens"), werkmap.namen());
        assertEquals(5, werkmap.blad("Eerste blad").orElseThrow().rijen().size());
        assertEquals(List.of(), werkmap.blad("Tweede blad").orElseThrow().rijen());
    }

    private static Werkmap lees(Workbook poi) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        poi.write(uit);
        poi.close();
        return Werkmaplezer.lees(uit.toByteArray());
    }

    private static Blad enigBlad(Werkmap werkmap) {
        assertEquals(1, werkmap.bladen().size());
        return werkmap.bladen().get(0);
    }

    private static CellStyle stijl(XSSFWorkbook poi, String code) {
        CellStyle stijl = poi.createCellStyle();
        stijl.setDataFormat(poi.createDataFormat().getFormat(code));
        return stijl;
    }

    private static int ingebouwd(XSSFWorkbook poi, int formaat) {
        CellStyle stijl = poi.createCellStyle();
        stijl.setDataFormat((short) formaat);
        return stijl.getIndex();
    }
}
