package nl.indicatiewijzer.beheer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** What a policy worker does in Excel: open a project table, change one cell, save. */
public final class Tabelbewerking {
    private Tabelbewerking() {
    }

    /** A value starting with '=' becomes a formula; a {@link Number} a number cell; anything else text. */
    public static byte[] wijzig(String pad, String blad, String cel, Object waarde) throws IOException {
        return wijzig(Files.readAllBytes(Path.of(pad)), blad, cel, waarde);
    }

    public static byte[] wijzig(byte[] inhoud, String blad, String cel, Object waarde) throws IOException {
        try (Workbook werkmap = WorkbookFactory.create(new java.io.ByteArrayInputStream(inhoud))) {
            Sheet sheet = werkmap.getSheet(blad);
            CellReference ref = new CellReference(cel);
            Row rij = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell c = rij.getCell(ref.getCol()) == null ? rij.createCell(ref.getCol()) : rij.getCell(ref.getCol());
            if (waarde instanceof Number getal) {
                c.setCellValue(getal.doubleValue());
            } else if (waarde.toString().startsWith("=")) {
                c.setCellFormula(waarde.toString().substring(1));
            } else {
                c.setCellValue(waarde.toString());
            }
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return uit.toByteArray();
        }
    }
}
