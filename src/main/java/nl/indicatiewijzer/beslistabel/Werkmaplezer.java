package nl.indicatiewijzer.beslistabel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** TIJDELIJK: stub until the bounded reader lands. */
public final class Werkmaplezer {
    private Werkmaplezer() {
    }

    public static Werkmap lees(byte[] b) throws OnleesbareWerkmap {
        DataFormatter f = new DataFormatter();
        try (Workbook w = WorkbookFactory.create(new java.io.ByteArrayInputStream(b))) {
            List<Blad> bladen = new ArrayList<>();
            for (Sheet s : w) {
                List<Rij> rijen = new ArrayList<>();
                for (int r = 0; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    List<Cel> cellen = new ArrayList<>();
                    if (row != null) {
                        for (int k = 0; k < Math.max(0, row.getLastCellNum()); k++) {
                            Cell c = row.getCell(k);
                            if (c == null) {
                                cellen.add(Cel.LEEG);
                                continue;
                            }
                            switch (c.getCellType()) {
                                case NUMERIC -> cellen.add(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)
                                        ? Cel.datum(BigDecimal.valueOf(c.getNumericCellValue()), c.getLocalDateTimeCellValue().toLocalDate())
                                        : Cel.getal(BigDecimal.valueOf(c.getNumericCellValue())));
                                case BOOLEAN -> cellen.add(Cel.jaNee(c.getBooleanCellValue()));
                                case FORMULA -> cellen.add(Cel.formule(c.getCellFormula()));
                                case ERROR -> cellen.add(Cel.fout(f.formatCellValue(c)));
                                default -> cellen.add(Cel.tekst(c.getStringCellValue()));
                            }
                        }
                    }
                    rijen.add(new Rij(r + 1, cellen));
                }
                bladen.add(new Blad(s.getSheetName(), rijen));
            }
            List<String> namen = new ArrayList<>();
            w.getAllNames().forEach(n -> namen.add(n.getNameName()));
            return new Werkmap(bladen, namen);
        } catch (Exception e) {
            throw new OnleesbareWerkmap("het bestand is geen leesbare Excel-werkmap (.xlsx)");
        }
    }
}
