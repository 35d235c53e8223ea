package nl.indicatiewijzer.beheer.tabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import nl.indicatiewijzer.beheer.Bevinding;
import nl.indicatiewijzer.beslistabel.Invulling.Bladinvulling;
import nl.indicatiewijzer.beslistabel.Invulling;
import nl.indicatiewijzer.beslistabel.Sjabloon;
import nl.indicatiewijzer.beslistabel.Werkmap;
import nl.indicatiewijzer.beslistabel.Werkmaplezer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The table analysis on small tables a policy worker could have made. */
class TabelanalyseTest {

    @Test
    void eenTabelOverTweeOpsommingenToontHaarGatEnHaarOverlap() throws Exception {
        Bladinvulling blad = blad(List.of(
                List.of("ONTWIKKELING", "LAAG", "1"),
                List.of("ONTWIKKELING", "GEMIDDELD", "1"),
                List.of("ONTWIKKELING", "HOOG", "2"),
                List.of("BEHOUD", "", "3"),
                List.of("BEHOUD", "HOOG", "4")),
                "perspectief == Perspectief.$param", "complexiteit == Complexiteit.$param");
        List<Bevinding> bevindingen = Tabelanalyse.analyseer("test.drl.xlsx", blad);

        List<Bevinding> gaten = soort(bevindingen, Bevinding.Soort.GAT);
        List<Bevinding> overlappen = soort(bevindingen, Bevinding.Soort.OVERLAP);
        assertEquals(1, overlappen.size(), bevindingen.toString());
        assertEquals(List.of(15, 16), overlappen.get(0).rijen(), "BEHOUD + HOOG valt in rij 15 (leeg = alles) en rij 16");
        assertTrue(gaten.stream().allMatch(g -> !g.melding().contains("BEHOUD")), "BEHOUD is geheel gedekt");
        assertEquals(3, gaten.size(), "GECONTROLEERDE_ACHTERUITGANG heeft geen rij, bij elke complexiteit: " + gaten);
    }

    @Test
    void eenBereikDatNooitGeldtEnEenOverlappendBereikWordenGevonden() throws Exception {
        Bladinvulling blad = blad(List.of(
                List.of("0", "5", "0-5"),
                List.of("4", "10", "5-10"),
                List.of("20", "11", "10-20")),
                "code == \"AFSTAND_KM\", waarde >= $param", "Vaststelling(this == $v, waarde <= $param)");
        List<Bevinding> bevindingen = Tabelanalyse.analyseer("test.drl.xlsx", blad);
        assertEquals(List.of(14), soort(bevindingen, Bevinding.Soort.VUURT_NOOIT).get(0).rijen());
        assertEquals(List.of(12, 13), soort(bevindingen, Bevinding.Soort.OVERLAP).get(0).rijen());
    }

    @Test
    void eenHerhaaldeRijIsDubbel() throws Exception {
        Bladinvulling blad = blad(List.of(List.of("BEHOUD", "LAAG", "1"), List.of("BEHOUD", "LAAG", "1")),
                "perspectief == Perspectief.$param", "complexiteit == Complexiteit.$param");
        assertEquals(List.of(12, 13), soort(Tabelanalyse.analyseer("t", blad), Bevinding.Soort.DUBBEL).get(0).rijen());
    }

    private static List<Bevinding> soort(List<Bevinding> bevindingen, Bevinding.Soort soort) {
        return bevindingen.stream().filter(b -> b.soort() == soort).toList();
    }

    /** A sheet laid out as the project's tables: heading rows, RuleTable at row 7, data from row 12. */
    private static Bladinvulling blad(List<List<String>> rijen, String eerste, String tweede) throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Proef");
            zet(s, 0, "RuleSet", "proef");
            zet(s, 1, "Import", "nl.indicatiewijzer.advies.begrippen.*");
            zet(s, 6, "RuleTable Proef");
            zet(s, 7, "CONDITION", "CONDITION", "ACTION");
            zet(s, 8, "$v : Vaststelling");
            zet(s, 9, eerste, tweede, "insert(\"$param\");");
            zet(s, 10, "Eerste", "Tweede", "Gevolg");
            for (int i = 0; i < rijen.size(); i++) {
                zet(s, 11 + i, rijen.get(i).toArray(String[]::new));
            }
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            wb.write(uit);
            Werkmap werkmap = Werkmaplezer.lees(uit.toByteArray());
            return Invulling.van(Sjabloon.van("test.drl.xlsx", werkmap), werkmap).invulling().bladen().get(0);
        }
    }

    private static void zet(Sheet s, int rij, String... waarden) {
        Row r = s.createRow(rij);
        for (int k = 0; k < waarden.length; k++) {
            if (!waarden[k].isEmpty()) {
                r.createCell(k).setCellValue(waarden[k]);
            }
        }
    }
}
