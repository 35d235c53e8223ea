package nl.indicatiewijzer.beheer.tabel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A decision-table workbook as policy staff see it: per sheet its heading rows (RuleSet, Import,
 * ...) and its rule tables, each with its columns and data rows. Read the way Drools reads it: a
 * table's columns run from its RuleTable cell to the first empty CONDITION/ACTION cell, its data rows
 * to the first empty row.
 */
public record Werkmap(String pad, List<Blad> bladen) {
    private static final DataFormatter OPMAAK = new DataFormatter();

    /** One sheet: the rows above its first rule table (by row number) and its rule tables. */
    public record Blad(String naam, List<Rij> voorwerk, List<Regeltabel> tabellen) {

        /** The classes the sheet imports (its Import row), for resolving enum types its templates name. */
        public List<String> imports() {
            for (Rij rij : voorwerk) {
                if (rij.cel(0).tekst().equalsIgnoreCase("Import")) {
                    return List.of(rij.cel(1).tekst().split("\\s*,\\s*"));
                }
            }
            return List.of();
        }
    }

    /** A row of cells as Excel numbers it (1-based). */
    public record Rij(int nummer, List<Cel> cellen) {
        public Cel cel(int kolom) {
            return kolom < cellen.size() ? cellen.get(kolom) : Cel.LEEG;
        }
    }

    public static Werkmap lees(String pad, byte[] inhoud) throws IOException {
        try (Workbook werkmap = WorkbookFactory.create(new ByteArrayInputStream(inhoud))) {
            List<Blad> bladen = new ArrayList<>();
            for (Sheet blad : werkmap) {
                bladen.add(blad(blad));
            }
            return new Werkmap(pad, bladen);
        }
    }

    public Optional<Blad> blad(String naam) {
        return bladen.stream().filter(b -> b.naam().equals(naam)).findFirst();
    }

    private static Blad blad(Sheet sheet) {
        List<Rij> rijen = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            rijen.add(rij(sheet.getRow(r), r + 1));
        }
        List<Regeltabel> tabellen = new ArrayList<>();
        int eersteTabel = rijen.size();
        for (int r = 0; r < rijen.size(); r++) {
            int kolom = tabelbegin(rijen.get(r));
            if (kolom >= 0) {
                eersteTabel = Math.min(eersteTabel, r);
                Regeltabel tabel = Regeltabel.uit(rijen, r, kolom);
                tabellen.add(tabel);
                r = Math.max(r, tabel.laatsteRij() - 1);
            }
        }
        return new Blad(sheet.getSheetName(), List.copyOf(rijen.subList(0, eersteTabel)), tabellen);
    }

    private static int tabelbegin(Rij rij) {
        for (int k = 0; k < rij.cellen().size(); k++) {
            if (rij.cel(k).tekst().startsWith("RuleTable")) {
                return k;
            }
        }
        return -1;
    }

    private static Rij rij(Row row, int nummer) {
        List<Cel> cellen = new ArrayList<>();
        if (row != null) {
            for (int k = 0; k < Math.max(0, row.getLastCellNum()); k++) {
                cellen.add(cel(row.getCell(k)));
            }
        }
        return new Rij(nummer, cellen);
    }

    private static Cel cel(Cell c) {
        if (c == null) {
            return Cel.LEEG;
        }
        boolean formule = c.getCellType() == CellType.FORMULA;
        String tekst = formule ? "=" + c.getCellFormula() : OPMAAK.formatCellValue(c);
        return new Cel(tekst.strip(), formule, c.getCellType() == CellType.NUMERIC);
    }
}
