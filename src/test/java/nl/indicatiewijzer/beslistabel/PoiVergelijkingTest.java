package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Every decision table of the project read by Werkmaplezer and by POI: the same sheets, and every cell
 * the text POI's DataFormatter shows, except where the two are meant to differ (see {@link #verwacht}).
 */
class PoiVergelijkingTest {
    private static final DataFormatter OPMAAK = new DataFormatter();

    static List<Path> tabellen() throws Exception {
        try (Stream<Path> paden = Files.walk(Path.of("decision-tables"))) {
            return paden.filter(p -> p.toString().endsWith(".drl.xlsx")).sorted().toList();
        }
    }

    @Test
    void elkeTabelVanHetProjectLeestZoalsPoiHaarLeest() throws Exception {
        List<String> verschillen = new ArrayList<>();
        List<String> anders = new ArrayList<>();
        int cellen = 0;
        for (Path pad : tabellen()) {
            byte[] inhoud = Files.readAllBytes(pad);
            Werkmap werkmap = Werkmaplezer.lees(inhoud);
            try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(inhoud))) {
                assertEquals(poi.getNumberOfSheets(), werkmap.bladen().size(), pad.toString());
                for (int i = 0; i < poi.getNumberOfSheets(); i++) {
                    Sheet sheet = poi.getSheetAt(i);
                    Blad blad = werkmap.bladen().get(i);
                    assertEquals(sheet.getSheetName(), blad.naam(), pad.toString());
                    int rijen = Math.max(sheet.getLastRowNum() + 1, blad.rijen().size());
                    for (int r = 0; r < rijen; r++) {
                        Row row = sheet.getRow(r);
                        Rij rij = blad.rij(r + 1);
                        assertEquals(r + 1, rij.nummer());
                        int kolommen = Math.max(row == null ? 0 : row.getLastCellNum(), rij.cellen().size());
                        for (int k = 0; k < kolommen; k++) {
                            Cell c = row == null ? null : row.getCell(k);
                            Cel cel = rij.cel(k);
                            String waar = pad + " " + blad.naam() + "!" + Celverwijzing.kolomletters(k) + (r + 1);
                            String opgemaakt = c == null ? "" : OPMAAK.formatCellValue(c);
                            if (!opgemaakt.equals(cel.tekst())) {
                                verschillen.add(waar + ": DataFormatter '" + opgemaakt + "', Werkmaplezer '" + cel.tekst() + "'");
                            }
                            if (!verwacht(c).equals(cel.tekst())) {
                                anders.add(waar + ": POI '" + verwacht(c) + "', Werkmaplezer '" + cel.tekst() + "'");
                            }
                            cellen += cel.leeg() ? 0 : 1;
                        }
                    }
                }
            }
        }
        System.out.println("PoiVergelijkingTest: " + tabellen().size() + " tabellen, " + cellen + " gevulde cellen; "
                + verschillen.size() + " verschillen met DataFormatter" + (verschillen.isEmpty() ? "" : ":\n  " + String.join("\n  ", verschillen)));
        assertEquals(List.of(), anders);
        assertTrue(cellen > 1000, "gevulde cellen: " + cellen);
    }

    /**
     * What POI reads, written as Werkmaplezer writes it: the number plainly to 15 digits (DataFormatter's
     * General would write 1E+20), a date as yyyy-mm-dd, true/false (DataFormatter: TRUE/FALSE), and a
     * formula with '=' (DataFormatter without an evaluator: the formula without it).
     */
    static String verwacht(Cell c) {
        if (c == null) {
            return "";
        }
        return switch (c.getCellType()) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(Double.toString(c.getNumericCellValue())).round(new MathContext(15, RoundingMode.HALF_UP))
                            .stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            case FORMULA -> "=" + c.getCellFormula();
            case ERROR -> OPMAAK.formatCellValue(c);
            default -> "";
        };
    }

    /** Prints the time and the bytes the reading thread allocates: the first read, and the mean of 500 after it. */
    @Test
    void deGrootsteTabelLezen() throws Exception {
        byte[] inhoud = Files.readAllBytes(Path.of("decision-tables/stede-broec/intensiteit-profiel-2-lvb.drl.xlsx"));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int keer : new int[] {1, 500}) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long begin = System.nanoTime();
            Werkmap werkmap = null;
            for (int i = 0; i < keer; i++) {
                werkmap = Werkmaplezer.lees(inhoud);
            }
            System.out.printf("intensiteit-profiel-2-lvb.drl.xlsx (%d bytes, %d rijen), gemiddeld over %d keer: %.2f ms, %d bytes gealloceerd%n",
                    inhoud.length, werkmap.bladen().get(0).rijen().size(), keer, (System.nanoTime() - begin) / 1e6 / keer,
                    (threads.getCurrentThreadAllocatedBytes() - bytes) / keer);
        }
    }
}
