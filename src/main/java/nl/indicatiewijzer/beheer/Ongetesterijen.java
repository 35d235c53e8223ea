package nl.indicatiewijzer.beheer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beheer.tabel.Tabelverschil;
import nl.indicatiewijzer.beheer.tabel.Werkmapverschil;
import nl.indicatiewijzer.beslistabel.OnleesbareWerkmap;
import nl.indicatiewijzer.beslistabel.Werkmaplezer;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.scenario.Dekking;

/**
 * The rows an upload adds or changes (against the active version) that none of the candidate's
 * scenario cases fires: a change nobody checked, one warning {@code NIET_GETEST} per row.
 */
final class Ongetesterijen {
    private Ongetesterijen() {
    }

    static List<Bevinding> van(List<Regelbestand> actief, List<Regelbestand> kandidaat, Dekking dekking) {
        Map<String, Regelbestand> oud = Regelbestand.perPad(actief);
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Regelbestand nieuw : kandidaat) {
            Regelbestand was = oud.get(nieuw.pad());
            if (!nieuw.isBeslistabel() || was == null || Arrays.equals(was.inhoud(), nieuw.inhoud())) {
                continue;
            }
            try {
                Werkmapverschil.Uitkomst verschil = Werkmapverschil.tussen(nieuw.pad(), Werkmaplezer.lees(was.inhoud()),
                        Werkmaplezer.lees(nieuw.inhoud()));
                for (Tabelverschil.Verschil tabel : verschil.tabellen()) {
                    tabel.toegevoegd().forEach(r -> voeg(bevindingen, dekking, tabel, r.rij(), "toegevoegd"));
                    tabel.gewijzigd().forEach(w -> voeg(bevindingen, dekking, tabel, w.rijNieuw(), "gewijzigd"));
                }
            } catch (OnleesbareWerkmap e) {
                // a workbook the reader refuses is already a fault of the report
            }
        }
        return bevindingen;
    }

    private static void voeg(List<Bevinding> bevindingen, Dekking dekking, Tabelverschil.Verschil tabel, int rij, String wijziging) {
        Dekking.Tabelrij gedekt = dekking.tabelrij(tabel.bestand(), tabel.blad(), rij);
        if (gedekt != null && gedekt.aantal() == 0) {
            bevindingen.add(Bevinding.cel(Bevinding.Soort.NIET_GETEST, tabel.bestand(), tabel.blad(), rij, null, null,
                    "rij " + rij + " van tabel " + tabel.tabel().replaceFirst("^RuleTable ", "") + " is " + wijziging + ", maar geen voorbeeldgeval komt erdoor: "
                            + "niemand heeft deze wijziging getoetst. Voeg een scenario toe dat deze rij raakt."));
        }
    }
}
