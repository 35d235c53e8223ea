package nl.indicatiewijzer.beslistabel;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** One edit a policy worker, or an attacker, can make to a workbook in Excel. */
sealed interface Bewerking {

    void pasToe(Workbook werkmap, Sjabloon sjabloon);

    /** Puts {@code inhoud} in a data cell of a rule table: table, row and column modulo their numbers. */
    record ZetDatacel(int tabel, int rij, int kolom, Object inhoud) implements Bewerking {
        @Override
        public void pasToe(Workbook werkmap, Sjabloon sjabloon) {
            List<Sjabloon.Tabelsjabloon> tabellen = sjabloon.bladen().stream().flatMap(b -> b.tabellen().stream()).toList();
            Sjabloon.Tabelsjabloon t = tabellen.get(tabel % tabellen.size());
            String blad = sjabloon.bladen().stream().filter(b -> b.tabellen().contains(t)).findFirst().orElseThrow().naam();
            int r = t.rij() - 1 + Sjabloon.Tabelsjabloon.KOPRIJEN + rij % Math.max(1, t.rijen().size());
            zet(werkmap, werkmap.getSheet(blad), r, t.beginkolom() + kolom % t.kolommen().size(), inhoud);
        }
    }

    /** Puts {@code inhoud} in a cell of sheet {@code blad} (modulo the number of sheets). */
    record ZetCel(int blad, int rij, int kolom, Object inhoud) implements Bewerking {
        @Override
        public void pasToe(Workbook werkmap, Sjabloon sjabloon) {
            Sheet sheet = werkmap.getSheetAt(blad % werkmap.getNumberOfSheets());
            zet(werkmap, sheet, rij, kolom, inhoud);
        }
    }

    /** Inserts an empty row before row {@code rij} (0-based), moving everything below down. */
    record VoegRijIn(int blad, int rij) implements Bewerking {
        @Override
        public void pasToe(Workbook werkmap, Sjabloon sjabloon) {
            Sheet sheet = werkmap.getSheetAt(blad % werkmap.getNumberOfSheets());
            if (rij <= sheet.getLastRowNum()) {
                sheet.shiftRows(rij, sheet.getLastRowNum(), 1);
            }
        }
    }

    /** Removes the cells of row {@code rij} and moves the rows below up. */
    record VerwijderRij(int blad, int rij) implements Bewerking {
        @Override
        public void pasToe(Workbook werkmap, Sjabloon sjabloon) {
            Sheet sheet = werkmap.getSheetAt(blad % werkmap.getNumberOfSheets());
            Row row = sheet.getRow(rij);
            if (row != null) {
                sheet.removeRow(row);
            }
            if (rij < sheet.getLastRowNum()) {
                sheet.shiftRows(rij + 1, sheet.getLastRowNum(), -1);
            }
        }
    }

    /** Adds a sheet of its own, with a cell in it. */
    record NieuwBlad(String naam, int rij, int kolom, Object inhoud) implements Bewerking {
        @Override
        public void pasToe(Workbook werkmap, Sjabloon sjabloon) {
            String veilig = naam.replaceAll("[\\\\/?*\\[\\]:']", "_");
            veilig = veilig.isBlank() ? "Blad" : veilig.substring(0, Math.min(30, veilig.length()));
            if (werkmap.getSheet(veilig) == null) {
                zet(werkmap, werkmap.createSheet(veilig), rij, kolom, inhoud);
            }
        }
    }

    static void zet(Workbook werkmap, Sheet sheet, int rij, int kolom, Object inhoud) {
        Row row = sheet.getRow(rij) == null ? sheet.createRow(rij) : sheet.getRow(rij);
        Cell cel = row.getCell(kolom) == null ? row.createCell(kolom) : row.getCell(kolom);
        if (inhoud instanceof Double d) {
            cel.setCellValue(d);
        } else if (inhoud instanceof Boolean b) {
            cel.setCellValue(b);
        } else if (inhoud instanceof LocalDate d) {
            CellStyle stijl = werkmap.createCellStyle();
            stijl.setDataFormat((short) 14);
            cel.setCellValue(d);
            cel.setCellStyle(stijl);
        } else if (inhoud instanceof String s && s.startsWith("=") && s.length() > 1) {
            try {
                cel.setCellFormula(s.substring(1));
            } catch (RuntimeException e) {
                cel.setCellValue(s);
            }
        } else {
            cel.setCellValue(String.valueOf(inhoud));
        }
    }
}
