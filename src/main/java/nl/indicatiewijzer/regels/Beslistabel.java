package nl.indicatiewijzer.regels;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * A decision-table workbook turned into DRL, one sheet at a time, so that an error Drools reports
 * on a line of the generated DRL can be traced back to the sheet, row and cell a policy worker edits.
 */
final class Beslistabel {
    private static final Pattern RIJ_COMMENTAAR = Pattern.compile("// rule values at ([A-Z]+)(\\d+)");
    private static final Pattern RIJ_IN_MELDING = Pattern.compile("(?i)\\brow (\\d+)");
    private static final Pattern KOLOM_IN_MELDING = Pattern.compile("(?i)\\bcol(?:umn)? (\\d+)");
    private static final Pattern CEL_IN_MELDING = Pattern.compile("\\bcell ([A-Z]+)(\\d+)");
    private static final DataFormatter OPMAAK = new DataFormatter();

    /** The DRL of one sheet, with the path it gets in the KIE file system. */
    record Blad(String naam, String drl, String kiePad) {
    }

    private final Regelbestand bestand;
    private final List<Blad> bladen = new ArrayList<>();
    private final List<Bouwfout> fouten = new ArrayList<>();
    private Workbook werkmap;

    Beslistabel(Regelbestand bestand) {
        this.bestand = bestand;
        try {
            werkmap = WorkbookFactory.create(new ByteArrayInputStream(bestand.inhoud()));
        } catch (IOException | RuntimeException e) {
            fouten.add(Bouwfout.inTabel(bestand.pad(), null, null, null, null,
                    "het bestand is geen leesbare Excel-werkmap (.xlsx); open en bewaar het opnieuw in Excel of LibreOffice"));
            return;
        }
        for (Sheet blad : werkmap) {
            if (heeftRegeltabel(blad)) {
                vertaal(blad);
            }
        }
    }

    List<Blad> bladen() {
        return bladen;
    }

    List<Bouwfout> fouten() {
        return fouten;
    }

    private void vertaal(Sheet blad) {
        try {
            String drl = regelnamen(new SpreadsheetCompiler().compile(new ByteArrayInputStream(bestand.inhoud()),
                    blad.getSheetName()), blad.getSheetName());
            String kiePad = "src/main/resources/" + bestand.pad().replace(".drl.xlsx", "") + "/"
                    + blad.getSheetName().replaceAll("[^A-Za-z0-9]", "_") + ".drl";
            bladen.add(new Blad(blad.getSheetName(), drl, kiePad));
        } catch (RuntimeException e) {
            String melding = String.valueOf(e.getMessage());
            Integer rij = getal(RIJ_IN_MELDING, melding);
            Integer kolom = getal(KOLOM_IN_MELDING, melding);
            Matcher cel = CEL_IN_MELDING.matcher(melding);
            if (cel.find()) {
                rij = Integer.valueOf(cel.group(2));
                kolom = CellReference.convertColStringToIndex(cel.group(1)) + 1;
            }
            String kolomLetter = kolom == null ? null : CellReference.convertNumToColString(kolom - 1);
            String inhoud = rij == null || kolom == null ? null : celTekst(blad, rij - 1, kolom - 1);
            fouten.add(Bouwfout.inTabel(bestand.pad(), blad.getSheetName(), rij, kolomLetter, inhoud,
                    "de tabel is niet te lezen: " + melding));
        }
    }

    /** Names each row's rule after its table, file and row, as a policy worker finds it: "Percelen (percelen.drl.xlsx), rij 12". */
    private String regelnamen(String drl, String blad) {
        Matcher m = Pattern.compile("rule \"(.*) " + Pattern.quote(blad) + "_(\\d+)\"").matcher(drl);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(uit, Matcher.quoteReplacement(
                    "rule \"" + m.group(1) + " (" + bestand.naam() + "), rij " + m.group(2) + "\""));
        }
        return m.appendTail(uit).toString();
    }

    /** The cell behind a compile error on {@code regel} (1-based) of the sheet's generated DRL. */
    Bouwfout fout(Blad blad, int regel, String melding) {
        String[] regels = blad.drl().split("\n", -1);
        Integer rij = null;
        String eersteKolom = null;
        for (int i = Math.min(regel, regels.length) - 1; i >= 0; i--) {
            Matcher m = RIJ_COMMENTAAR.matcher(regels[i]);
            if (m.find()) {
                eersteKolom = m.group(1);
                rij = Integer.parseInt(m.group(2));
                break;
            }
        }
        if (rij == null) {
            return Bouwfout.inTabel(bestand.pad(), blad.naam(), null, null, null, melding);
        }
        String foutregel = regel >= 1 && regel <= regels.length ? regels[regel - 1] : "";
        Sheet sheet = werkmap.getSheet(blad.naam());
        Row row = sheet.getRow(rij - 1);
        String kolom = eersteKolom;
        String cel = null;
        if (row != null) {
            int besteScore = 0;
            for (Cell c : row) {
                String tekst = OPMAAK.formatCellValue(c).strip();
                int score = score(tekst, foutregel, melding);
                if (score > besteScore) {
                    besteScore = score;
                    cel = tekst;
                    kolom = CellReference.convertNumToColString(c.getColumnIndex());
                }
            }
        }
        return Bouwfout.inTabel(bestand.pad(), blad.naam(), rij, kolom, cel, excelArtefact(cel) + melding);
    }

    /**
     * How surely a cell is the one Drools complains about: its whole text in the failing DRL line or
     * the message counts most; otherwise each of its words that the message quotes.
     */
    private static int score(String tekst, String foutregel, String melding) {
        if (tekst.isEmpty()) {
            return 0;
        }
        Pattern geheel = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(tekst) + "(?![\\p{L}\\p{N}])");
        if (geheel.matcher(foutregel).find() || geheel.matcher(melding).find()) {
            return 1000 + tekst.length();
        }
        int woorden = 0;
        for (String woord : tekst.split("[^\\p{L}\\p{N}]+")) {
            if (woord.length() > 1 && Pattern.compile("\\b" + Pattern.quote(woord) + "\\b").matcher(melding).find()) {
                woorden++;
            }
        }
        return woorden;
    }

    /** Excel replaces typed quotes and spaces by look-alikes that are not code; say so in plain words. */
    private static String excelArtefact(String cel) {
        if (cel == null) {
            return "";
        }
        if (cel.matches(".*[\u201C\u201D\u2018\u2019\u201E].*")) {
            return "de cel bevat typografische aanhalingstekens (“ ” ‘ ’) die Excel zelf invoegt; typ ze opnieuw als \" of laat ze weg. ";
        }
        if (cel.contains("\u00A0")) {
            return "de cel bevat een harde spatie uit Excel; vervang die door een gewone spatie. ";
        }
        return "de waarde past niet in deze kolom. ";
    }

    private static boolean heeftRegeltabel(Sheet blad) {
        for (Row row : blad) {
            for (Cell c : row) {
                if (OPMAAK.formatCellValue(c).strip().startsWith("RuleTable")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String celTekst(Sheet blad, int rij, int kolom) {
        Row row = blad.getRow(rij);
        Cell c = row == null ? null : row.getCell(kolom);
        return c == null ? null : OPMAAK.formatCellValue(c);
    }

    private static Integer getal(Pattern p, String tekst) {
        Matcher m = p.matcher(tekst);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
