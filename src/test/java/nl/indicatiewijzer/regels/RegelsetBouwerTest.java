package nl.indicatiewijzer.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** What a policy worker or developer sees when a file of the rule set does not compile. */
class RegelsetBouwerTest {
    private final RegelbestandenLezer lezer = new RegelbestandenLezer(Path.of("."));

    @Test
    void eenWoordInEenGetalkolomNoemtBladRijKolomEnCel() throws Exception {
        List<Regelbestand> bestanden = metTabel("percelen.drl.xlsx", blad -> blad.getRow(13).getCell(2).setCellValue("zestig"));

        RegelsetFout fout = assertThrows(RegelsetFout.class, () -> new RegelsetBouwer().bouw(Regeling.MLW_MER, bestanden, vrijgegeven()));

        Bouwfout eerste = fout.fouten().get(0);
        assertEquals("decision-tables/mlw-mer/percelen.drl.xlsx", eerste.bestand());
        assertEquals("Percelen", eerste.blad());
        assertEquals(14, eerste.rij());
        assertEquals("C", eerste.kolom());
        assertEquals("zestig", eerste.cel());
        assertTrue(fout.getMessage().contains("blad 'Percelen', rij 14, kolom C"), fout.getMessage());
    }

    @Test
    void typografischeAanhalingstekensUitExcelWordenAlsZodanigGenoemd() throws Exception {
        List<Regelbestand> bestanden = metTabel("grenzen-kortdurend-verblijf.drl.xlsx",
                blad -> blad.getRow(11).getCell(1).setCellValue("“3”"));

        RegelsetFout fout = assertThrows(RegelsetFout.class, () -> new RegelsetBouwer().bouw(Regeling.MLW_MER, bestanden, vrijgegeven()));

        Bouwfout eerste = fout.fouten().get(0);
        assertEquals("Grenzen KDV", eerste.blad());
        assertEquals(12, eerste.rij());
        assertEquals("B", eerste.kolom());
        assertTrue(eerste.melding().contains("typografische aanhalingstekens"), eerste.melding());
    }

    @Test
    void eenFoutInEenDrlBestandNoemtBestandEnRegel() {
        List<Regelbestand> bestanden = new ArrayList<>(lezer.algemeen());
        bestanden.add(new Regelbestand("rules/mlw-mer/kapot.drl", """
                package nl.indicatiewijzer.regels.mlwmer
                rule "Kapot"
                when
                    Onbekend( x == 1 )
                then
                end
                """.getBytes(StandardCharsets.UTF_8)));

        RegelsetFout fout = assertThrows(RegelsetFout.class, () -> new RegelsetBouwer().bouw(Regeling.MLW_MER, bestanden, vrijgegeven()));

        assertEquals("rules/mlw-mer/kapot.drl", fout.fouten().get(0).bestand());
        assertEquals(4, fout.fouten().get(0).regel());
    }

    @Test
    void deVersieVerandertMetElkeByteEnNietMetDeVolgorde() {
        List<Regelbestand> bestanden = new ArrayList<>(lezer.algemeen());
        bestanden.addAll(lezer.eigen(Regeling.MLW_MER));
        String versie = Versie.van(bestanden);

        List<Regelbestand> omgekeerd = new ArrayList<>(bestanden);
        java.util.Collections.reverse(omgekeerd);
        assertEquals(versie, Versie.van(omgekeerd));

        Regelbestand eerste = bestanden.get(0);
        byte[] anders = eerste.inhoud().clone();
        anders[anders.length - 1] ^= 1;
        List<Regelbestand> gewijzigd = new ArrayList<>(bestanden);
        gewijzigd.set(0, new Regelbestand(eerste.pad(), anders));
        assertNotEquals(versie, Versie.van(gewijzigd));
        assertEquals(64, versie.length());
    }

    /** The tables as released: the templates of every changed table. */
    private List<Regelbestand> vrijgegeven() {
        return lezer.eigen(Regeling.MLW_MER).stream().filter(Regelbestand::isBeslistabel).toList();
    }

    private List<Regelbestand> metTabel(String naam, Consumer<Sheet> wijziging) throws Exception {
        List<Regelbestand> bestanden = new ArrayList<>(lezer.algemeen());
        for (Regelbestand b : lezer.eigen(Regeling.MLW_MER)) {
            if (b.naam().equals(naam)) {
                try (Workbook werkmap = WorkbookFactory.create(new ByteArrayInputStream(b.inhoud()))) {
                    wijziging.accept(werkmap.getSheetAt(0));
                    ByteArrayOutputStream uit = new ByteArrayOutputStream();
                    werkmap.write(uit);
                    b = new Regelbestand(b.pad(), uit.toByteArray());
                }
            }
            bestanden.add(b);
        }
        return bestanden;
    }
}
