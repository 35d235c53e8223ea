package nl.indicatiewijzer.aanval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import nl.indicatiewijzer.beslistabel.Tabelvertaling;
import nl.indicatiewijzer.beslistabel.Werkmaplezer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Wrong decision relative to what the workbook shows (review bypass for whoever opens the file): the
 * reader walks the zip's LOCAL headers from the start (ZipInputStream) and stops at the first central
 * directory; Excel, java.util.zip.ZipFile and POI opening a file read the central directory at the END.
 * Two workbooks concatenated: the service reads and executes the first (perceel 1 may last 99 months),
 * Excel shows the second (the released table, 24 months). Nothing after the first central directory
 * is ever looked at.
 */
class TweeZipsInEenTest {
    static final String PAD = "decision-tables/mlw-mer/percelen.drl.xlsx";

    @Test
    void deDienstLeestDeEersteWerkmapExcelDeLaatste() throws Exception {
        byte[] vals = Aanvalswerkmap.bewerk(PAD, blad -> Aanvalswerkmap.zet(blad, 11, 2, 99));
        byte[] echt = Aanvalswerkmap.sjabloon(PAD);
        ByteArrayOutputStream samen = new ByteArrayOutputStream();
        samen.write(vals);
        samen.write(echt);
        byte[] upload = samen.toByteArray();

        Tabelvertaling.Uitkomst uitkomst = Tabelvertaling.vertaal(PAD, upload, echt);
        assertEquals(List.of(), uitkomst.fouten(), "aanvaard");
        String dienst = Werkmaplezer.lees(upload).bladen().get(0).rij(12).cel(2).tekst();

        File bestand = File.createTempFile("aanval", ".xlsx");
        Files.write(bestand.toPath(), upload);
        String excel;
        try (OPCPackage pakket = OPCPackage.open(bestand, PackageAccess.READ); XSSFWorkbook w = new XSSFWorkbook(pakket)) {
            excel = String.valueOf((long) w.getSheetAt(0).getRow(11).getCell(2).getNumericCellValue());
        }
        assertEquals(excel, dienst, "C12 zoals een programma dat het bestand opent het toont (POI via de centrale map), "
                + "tegen wat de dienst uitvoert; DRL: " + uitkomst.drl().get(0).tekst().lines()
                .filter(r -> r.contains("setMaxDuurMaanden")).findFirst().orElse(""));
    }
}
