package nl.indicatiewijzer.aanval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.beslistabel.Celfout;
import nl.indicatiewijzer.beslistabel.Drlschrijver;
import nl.indicatiewijzer.beslistabel.Tabelvertaling;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.RegelsetBouwer;
import nl.indicatiewijzer.regels.Regelspoor;
import nl.indicatiewijzer.regels.feiten.Perceel;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;

/**
 * Values that passed every check of the table and still broke what the DRL is for: a text ending in a
 * backslash in a modify block (Drools' own scanner of the block mistook the escaped backslash), and
 * texts that a setter parses (an amount, ja/nee) or that name the kind of a justification line. Now
 * the first builds and fires, the others are refused at their cell unless they are what the setter
 * takes.
 */
class WaardeDieDroolsBreektTest {

    @Test
    void eenTekstDieOpEenBackslashEindigtInEenModifyBlokBouwtEnKomtTerug() {
        String pad = "decision-tables/mlw-mer/percelen.drl.xlsx";
        byte[] upload = Aanvalswerkmap.bewerk(pad, blad -> Aanvalswerkmap.zet(blad, 11, 1, "Perceel 1\\"));
        Tabelvertaling.Uitkomst uitkomst = Tabelvertaling.vertaal(pad, upload, Aanvalswerkmap.sjabloon(pad));
        assertEquals(List.of(), uitkomst.fouten());
        new RegelsetBouwer().bouw(Regeling.MLW_MER, List.of(new Regelbestand(pad, upload)),
                List.of(new Regelbestand(pad, Aanvalswerkmap.sjabloon(pad))), true);
        KieSession sessie = bouw(uitkomst.drl()).newKieSession();
        Perceel perceel = new Perceel(1, 1, true);
        sessie.insert(perceel);
        sessie.fireAllRules();
        sessie.dispose();
        assertEquals("Perceel 1\\", perceel.getNaam());
    }

    @Test
    void eenTariefIsEenBedragMetEenPunt() {
        String pad = "decision-tables/bkb24/producten.drl.xlsx";
        Celfout fout = eersteFout(pad, 11, 3, "\u20AC 59,71");
        assertEquals(Celfout.Soort.CELWAARDE, fout.soort());
        assertEquals("D", fout.kolom());
        assertEquals(12, fout.rij());
        assertEquals(List.of(), Tabelvertaling.vertaal(pad, Aanvalswerkmap.bewerk(pad, blad -> Aanvalswerkmap.zet(blad, 11, 3, "61.25")),
                Aanvalswerkmap.sjabloon(pad)).fouten());
    }

    @Test
    void eenJaNeeKolomNeemtAlleenJaOfNee() {
        String pad = "decision-tables/stede-broec/arrangementen.drl.xlsx";
        assertTrue(eersteFout(pad, 11, 7, "soms").melding().contains("hier hoort ja of nee"));
        Tabelvertaling.Uitkomst ja = Tabelvertaling.vertaal(pad, Aanvalswerkmap.bewerk(pad, blad -> Aanvalswerkmap.zet(blad, 11, 7, "Ja")),
                Aanvalswerkmap.sjabloon(pad));
        assertEquals(List.of(), ja.fouten());
        assertTrue(ja.drl().get(0).tekst().contains("setLichteDagbestedingMogelijk(\"ja\")"));
    }

    @Test
    void deSoortVanEenMotiveringsregelIsEenDieHetAdviesKent() {
        String pad = "decision-tables/mlw-mer/grenzen-kortdurend-verblijf.drl.xlsx";
        assertTrue(eersteFout(pad, 11, 6, "waarschuwingen").melding().contains("motivering of afgewezen of waarschuwing"));
        for (String soort : List.of(Regelspoor.MOTIVERING, Regelspoor.AFGEWEZEN, Regelspoor.WAARSCHUWING, "Waarschuwing")) {
            assertEquals(List.of(), Tabelvertaling.vertaal(pad, Aanvalswerkmap.bewerk(pad, blad -> Aanvalswerkmap.zet(blad, 11, 6, soort)),
                    Aanvalswerkmap.sjabloon(pad)).fouten(), soort);
        }
    }

    private static Celfout eersteFout(String pad, int rij, int kolom, String waarde) {
        Tabelvertaling.Uitkomst uitkomst = Tabelvertaling.vertaal(pad, Aanvalswerkmap.bewerk(pad, blad -> Aanvalswerkmap.zet(blad, rij, kolom, waarde)),
                Aanvalswerkmap.sjabloon(pad));
        assertEquals(1, uitkomst.fouten().size(), uitkomst.fouten().toString());
        return uitkomst.fouten().get(0);
    }

    private static KieBase bouw(List<Drlschrijver.Drl> drl) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("nl.indicatiewijzer.aanval", "tabel", "1." + System.nanoTime());
        kfs.generateAndWritePomXML(id);
        for (int i = 0; i < drl.size(); i++) {
            kfs.write("src/main/resources/aanval/blad" + i + ".drl", drl.get(i).tekst());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> fouten = new ArrayList<>();
        builder.getResults().getMessages(Message.Level.ERROR).forEach(m -> fouten.add(m.getText()));
        assertEquals(List.of(), fouten);
        KieBase basis = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id);
        return basis;
    }
}
