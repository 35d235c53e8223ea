package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each route by which an uploaded table once carried code into the service, on the released
 * percelen table (rule table on rows 7-17, data rows 12-17, columns A-E): refused, with the sheet,
 * row and column of the cell and a Dutch reason; and text that looks like code stays text.
 */
class AanvalsroutesTest {
    static final String PAD = "decision-tables/mlw-mer/percelen.drl.xlsx";
    static final String JAVA = "rule \"Lek\" when $p : nl.indicatiewijzer.regels.feiten.Perceel() then "
            + "java.nio.file.Files.createFile(java.nio.file.Path.of(\"/tmp/lek\")); end";

    @ParameterizedTest
    @ValueSource(strings = {"Functions", "Queries", "Declare", "Import", "Variables", "RuleSet"})
    void eenSleutelwoordOnderDeTabelWordtGeweigerd(String sleutelwoord) throws Exception {
        List<Celfout> fouten = fouten(blad -> {
            Bewerking.zet(blad.getWorkbook(), blad, 18, 0, sleutelwoord);
            Bewerking.zet(blad.getWorkbook(), blad, 18, 1, JAVA);
        });
        Celfout eerste = fouten.get(0);
        assertEquals(Celfout.Soort.STRUCTUUR, eerste.soort());
        assertEquals("Percelen", eerste.blad());
        assertEquals(19, eerste.rij());
        assertEquals("A", eerste.kolom());
        assertEquals(sleutelwoord, eerste.cel());
        assertTrue(eerste.melding().contains("onder en tussen de regeltabellen hoort niets te staan"), eerste.melding());
        assertTrue(fouten.stream().anyMatch(f -> "B".equals(f.kolom()) && f.rij() == 19), "ook de cel met de code: " + fouten);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ruletable Lek", "RULETABLE Lek", "RuleTable Lek", "Rule\u0422able Lek"})
    void eenTweedeTabelInEenAndereSchrijfwijzeWordtGeweigerd(String kop) throws Exception {
        List<Celfout> fouten = fouten(blad -> {
            Bewerking.zet(blad.getWorkbook(), blad, 19, 0, kop);
            Bewerking.zet(blad.getWorkbook(), blad, 20, 0, "ACTION");
            Bewerking.zet(blad.getWorkbook(), blad, 22, 0, "java.nio.file.Files.createFile(java.nio.file.Path.of(\"/tmp/lek\"));");
            Bewerking.zet(blad.getWorkbook(), blad, 24, 0, "x");
        });
        assertEquals(20, fouten.get(0).rij());
        assertEquals(kop, fouten.get(0).cel());
        assertTrue(fouten.size() >= 4, "elke cel van de nagemaakte tabel: " + fouten);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u2003", "\u200B", " ", "\t"})
    void eenScheidingsrijMetAlleenWitruimteBeeindigtDeTabelNiet(String witruimte) throws Exception {
        List<Celfout> fouten = fouten(blad -> {
            Bewerking.zet(blad.getWorkbook(), blad, 17, 0, witruimte);
            Bewerking.zet(blad.getWorkbook(), blad, 18, 0, "RuleTable Lek");
        });
        Celfout eerste = fouten.get(0);
        assertEquals(Celfout.Soort.CELWAARDE, eerste.soort());
        assertEquals(18, eerste.rij());
        assertEquals("A", eerste.kolom());
        assertTrue(eerste.melding().contains("witruimte") || eerste.melding().contains("onzichtbaar"), eerste.melding());
    }

    @Test
    void eenExtraBladMetEigenRegelsWordtGeweigerd() throws Exception {
        List<Celfout> fouten = fouten(blad -> {
            Sheet lek = blad.getWorkbook().createSheet("Lek");
            Bewerking.zet(blad.getWorkbook(), lek, 0, 0, "RuleSet");
            Bewerking.zet(blad.getWorkbook(), lek, 0, 1, "nl.indicatiewijzer.lek");
            Bewerking.zet(blad.getWorkbook(), lek, 1, 0, "Functions");
            Bewerking.zet(blad.getWorkbook(), lek, 1, 1, "function void lek() { }");
        });
        assertEquals(1, fouten.size(), fouten.toString());
        assertEquals("Lek", fouten.get(0).blad());
        assertTrue(fouten.get(0).melding().contains("hoort niet bij deze tabel"));
    }

    @Test
    void eenGedefinieerdeNaamEnEenCelNaastDeTabelWordenGeweigerd() throws Exception {
        List<Celfout> fouten = fouten(blad -> {
            var naam = blad.getWorkbook().createName();
            naam.setNameName("Lek");
            naam.setRefersToFormula("Percelen!$A$1");
            Bewerking.zet(blad.getWorkbook(), blad, 12, 5, "naast de tabel");
        });
        assertTrue(fouten.stream().anyMatch(f -> f.melding().contains("'Lek'")), fouten.toString());
        assertTrue(fouten.stream().anyMatch(f -> "F".equals(f.kolom()) && f.rij() == 13 && f.melding().contains("naast de kolommen")));
    }

    @Test
    void eenGewijzigdeCodeLabelOfNotitieregelWordtGeweigerd() throws Exception {
        for (int[] cel : new int[][] {{9, 1}, {10, 0}, {4, 1}, {0, 1}, {7, 2}}) {
            List<Celfout> fouten = fouten(blad -> Bewerking.zet(blad.getWorkbook(), blad, cel[0], cel[1], "$p.setNaam(\"x\"); lek();"));
            assertEquals(Celfout.Soort.STRUCTUUR, fouten.get(0).soort());
            assertEquals(cel[0] + 1, fouten.get(0).rij());
            assertEquals(Kolom.letter(cel[1]), fouten.get(0).kolom());
        }
    }

    @Test
    void eenFormuleEenWoordInEenGetalkolomEnEenOnbekendeCodeWordenGeweigerd() throws Exception {
        assertTrue(fouten(blad -> Bewerking.zet(blad.getWorkbook(), blad, 11, 2, "=12*2")).get(0).melding().contains("formule"));
        Celfout woord = fouten(blad -> Bewerking.zet(blad.getWorkbook(), blad, 12, 2, "1); lek(); //")).get(0);
        assertEquals(Celfout.Soort.CELWAARDE, woord.soort());
        assertTrue(woord.melding().startsWith("kolom C (Maximale duur van de toewijzing (maanden)): hier hoort een geheel getal"), woord.melding());
        assertTrue(fouten(blad -> Bewerking.zet(blad.getWorkbook(), blad, 12, 2, -3.0)).get(0).melding().contains("buiten het bereik"));
    }

    @Test
    void tekstDieOpCodeLijktBlijftTekstInDeDrl() throws Exception {
        String tekst = "Perceel \"1\"\"); lek(); // $param \\u0022 ) @x(";
        Tabelvertaling.Uitkomst uitkomst = vertaal(blad -> {
            Bewerking.zet(blad.getWorkbook(), blad, 11, 1, tekst);
            Bewerking.zet(blad.getWorkbook(), blad, 11, 3, tekst);
        });
        assertEquals(List.of(), uitkomst.fouten());
        String drl = uitkomst.drl().get(0).tekst();
        assertTrue(drl.contains("setNaam(" + Literaal.van(tekst) + ")"), drl);
        assertTrue(drl.contains("@tekst(" + Literaal.van(tekst) + ")"), drl);
        assertFalse(drl.contains("lek();\n"));
    }

    private static List<Celfout> fouten(Consumer<Sheet> bewerking) throws Exception {
        Tabelvertaling.Uitkomst uitkomst = vertaal(bewerking);
        assertFalse(uitkomst.gelukt(), "geweigerd");
        assertTrue(uitkomst.drl().isEmpty(), "geen DRL");
        return uitkomst.fouten();
    }

    private static Tabelvertaling.Uitkomst vertaal(Consumer<Sheet> bewerking) throws Exception {
        byte[] sjabloon = Files.readAllBytes(Path.of(PAD));
        try (Workbook werkmap = WorkbookFactory.create(new ByteArrayInputStream(sjabloon))) {
            bewerking.accept(werkmap.getSheetAt(0));
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return Tabelvertaling.vertaal(PAD, uit.toByteArray(), sjabloon);
        }
    }
}
