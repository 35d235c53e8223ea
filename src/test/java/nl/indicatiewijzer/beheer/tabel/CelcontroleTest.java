package nl.indicatiewijzer.beheer.tabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.indicatiewijzer.beheer.Bevinding;
import org.junit.jupiter.api.Test;

/** The cell check lets every table of the project through as it is, and stops what would close a text early. */
class CelcontroleTest {

    @Test
    void elkeTabelVanHetProjectDoorstaatDeCelcontroleOngewijzigd() throws Exception {
        List<Bevinding> fouten = new ArrayList<>();
        int tabellen = 0;
        try (Stream<Path> paden = Files.walk(Path.of("decision-tables"))) {
            for (Path p : paden.filter(p -> p.toString().endsWith(".drl.xlsx")).toList()) {
                Werkmap werkmap = Werkmap.lees(p.toString(), Files.readAllBytes(p));
                for (Werkmap.Blad blad : werkmap.bladen()) {
                    fouten.addAll(Celcontrole.controleer(p.toString(), blad, blad));
                    tabellen += blad.tabellen().size();
                }
            }
        }
        assertTrue(tabellen >= 20, "tabellen gelezen: " + tabellen);
        assertEquals(List.of(), fouten);
    }

    @Test
    void eenTekstDieZijnAnnotatieSluitOfZijnStringVerlaatWordtGeweigerd() throws Exception {
        Werkmap.Blad blad = Werkmap.lees("p", Files.readAllBytes(Path.of("decision-tables/mlw-mer/producten.drl.xlsx"))).bladen().get(0);
        Werkmap.Rij rij = blad.tabellen().get(0).rijen().get(0);
        for (String[] geval : new String[][] {{"4", "x\") @enabled(\"false"}, {"4", "te (veel"}, {"1", "Begeleiding \"groep\""}}) {
            int kolom = Integer.parseInt(geval[0]);
            List<Cel> cellen = new ArrayList<>(rij.cellen());
            cellen.set(kolom, new Cel(geval[1], false, false));
            Werkmap.Rij vals = new Werkmap.Rij(rij.nummer(), cellen);
            Regeltabel t = blad.tabellen().get(0);
            Regeltabel gewijzigd = new Regeltabel(t.naam(), t.rij(), t.beginkolom(), t.kop(), t.kolommen(), List.of(vals));
            Werkmap.Blad nieuw = new Werkmap.Blad(blad.naam(), blad.voorwerk(), List.of(gewijzigd));
            List<Bevinding> fouten = Celcontrole.controleer("p", nieuw, blad);
            assertEquals(1, fouten.size(), geval[1]);
            assertEquals(Bevinding.Soort.CELWAARDE, fouten.get(0).soort());
        }
    }
}
