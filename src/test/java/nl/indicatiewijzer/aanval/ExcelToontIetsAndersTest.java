package nl.indicatiewijzer.aanval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.indicatiewijzer.beslistabel.Tabelvertaling;
import nl.indicatiewijzer.beslistabel.Werkmaplezer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Wrong decision relative to what the workbook shows: Werkmaplezer matches elements by local name and
 * reads attributes with {@code getAttributeValue(null, name)}, which in the JDK's StAX matches an
 * attribute of that local name in ANY namespace and returns the first. A foreign-namespace attribute
 * or element (declared ignorable with mc:Ignorable, so Excel opens the file without complaint) is
 * invisible to Excel and POI but decides what the service reads and executes. The policy worker who
 * opens the uploaded (or stored) workbook in Excel sees one table, the rules run another. (The
 * service's own diff uses the same reader, so it shows the executed value; a reviewer who checks the
 * workbook itself is fooled.) Each test asserts that the service reads what POI reads.
 */
class ExcelToontIetsAndersTest {
    static final String PERCELEN = "decision-tables/mlw-mer/percelen.drl.xlsx";
    static final String INKOOP = "decision-tables/mlw-mer/inkoopperiode.drl.xlsx";
    static final String BLAD = "xl/worksheets/sheet1.xml";
    static final String NEGEERBAAR = " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:x=\"urn:x\" mc:Ignorable=\"x\"";

    /** C12 (maximum duration, months): Excel and POI show 24, the rule sets 99. */
    @Test
    void eenWaardeInEenVreemdeNaamruimteVervangtDeWaardeDieExcelToont() {
        byte[] upload = Aanvalswerkmap.patch(Aanvalswerkmap.sjabloon(PERCELEN), BLAD, xml -> negeerbaar(xml, "<worksheet ")
                .replace("<c r=\"C12\" t=\"n\" s=\"1\"><v>24.0</v></c>", "<c r=\"C12\" t=\"n\" s=\"1\"><v>24.0</v><x:v>99</x:v></c>"));
        assertEquals(List.of(), Tabelvertaling.vertaal(PERCELEN, upload, Aanvalswerkmap.sjabloon(PERCELEN)).fouten());
        assertEquals(poi(upload, 12, 2), lezer(upload, 12, 2), "C12: POI (Excel) tegen Werkmaplezer (de regels)");
    }

    /** D12 (the intake text, @tekst): Excel shows it in D, the service reads it as E (@bron) and D as empty. */
    @Test
    void eenVerwijzingInEenVreemdeNaamruimteZetDeWaardeInEenAndereKolom() {
        byte[] upload = Aanvalswerkmap.patch(Aanvalswerkmap.sjabloon(PERCELEN), BLAD, xml -> negeerbaar(xml, "<worksheet ")
                .replace("<c r=\"D12\" t=\"s\" s=\"1\"><v>25</v></c><c r=\"E12\" t=\"s\" s=\"1\"><v>26</v></c>",
                        "<c x:r=\"E12\" r=\"D12\" t=\"s\" s=\"1\"><v>25</v></c>"));
        assertEquals(List.of(), Tabelvertaling.vertaal(PERCELEN, upload, Aanvalswerkmap.sjabloon(PERCELEN)).fouten());
        assertEquals(poi(upload, 12, 3) + " | " + poi(upload, 12, 4), lezer(upload, 12, 3) + " | " + lezer(upload, 12, 4),
                "D12 | E12: POI (Excel) tegen Werkmaplezer (de regels)");
    }

    /** A purchase date typed as a date: Excel shows 2027-01-01, the rule gets 2031-01-02 (1904 system). */
    @Test
    void date1904InEenVreemdeNaamruimteVerschuiftElkeDatum() {
        byte[] datum = Aanvalswerkmap.bewerk(INKOOP, blad -> {
            Row rij = blad.getRow(11);
            CellStyle stijl = blad.getWorkbook().createCellStyle();
            stijl.setDataFormat((short) 14);
            Cell cel = rij.getCell(1);
            cel.setCellValue(LocalDate.of(2027, 1, 1));
            cel.setCellStyle(stijl);
        });
        byte[] upload = Aanvalswerkmap.patch(datum, "xl/workbook.xml", xml -> negeerbaar(xml, "<workbook ")
                .replace("<workbookPr date1904=\"false\"/>", "<workbookPr x:date1904=\"true\" date1904=\"false\"/>"));
        Tabelvertaling.Uitkomst uitkomst = Tabelvertaling.vertaal(INKOOP, upload, Aanvalswerkmap.sjabloon(INKOOP));
        assertEquals(List.of(), uitkomst.fouten());
        assertEquals(poi(upload, 12, 1), lezer(upload, 12, 1), "B12: POI (Excel) tegen Werkmaplezer (de regels)");
    }

    /**
     * ST_Xstring escapes are four HEX DIGITS; Tekstinhoud.ontsnap tests them with Character.digit and
     * parses with Integer.parseInt, both of which accept any Unicode digit (Arabic-Indic, fullwidth).
     * Excel and POI show "_x\u0660\u0660\u0663\u0661_" literally; the service reads "1".
     */
    @Test
    void eenOntsnappingMetArabischIndischeCijfersIsVoorDeLezerEenAnderTeken() {
        byte[] upload = Aanvalswerkmap.bewerk(PERCELEN, blad -> Aanvalswerkmap.zet(blad, 11, 1, "Perceel _x\u0660\u0660\u0663\u0661_"));
        assertEquals(List.of(), Tabelvertaling.vertaal(PERCELEN, upload, Aanvalswerkmap.sjabloon(PERCELEN)).fouten());
        assertEquals(poi(upload, 12, 1), lezer(upload, 12, 1), "B12: POI (Excel) tegen Werkmaplezer (de regels)");
    }

    private static String negeerbaar(String xml, String wortel) {
        return xml.replaceFirst(wortel, wortel.strip() + NEGEERBAAR + " ");
    }

    static String lezer(byte[] werkmap, int rij, int kolom) {
        try {
            return Werkmaplezer.lees(werkmap).bladen().get(0).rij(rij).cel(kolom).tekst();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String poi(byte[] werkmap, int rij, int kolom) {
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
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
