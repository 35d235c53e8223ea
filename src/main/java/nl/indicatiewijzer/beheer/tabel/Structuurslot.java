package nl.indicatiewijzer.beheer.tabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.indicatiewijzer.beheer.Bevinding;
import org.apache.poi.ss.util.CellReference;

/**
 * The structure lock: an uploaded table may change its data rows only. Its sheets with rule tables,
 * the rows above them (RuleSet, Import, Variables, ...; Notes excepted), and each table's name,
 * CONDITION/ACTION row, object row, code row and label row must equal those of the active version.
 */
public final class Structuurslot {
    private Structuurslot() {
    }

    public static List<Bevinding> vergelijk(Werkmap actief, Werkmap nieuw) {
        List<Bevinding> fouten = new ArrayList<>();
        for (Werkmap.Blad oud : actief.bladen()) {
            Optional<Werkmap.Blad> blad = nieuw.blad(oud.naam());
            if (oud.tabellen().isEmpty()) {
                continue;
            }
            if (blad.isEmpty()) {
                fouten.add(fout(nieuw, oud.naam(), null, null, "het blad '" + oud.naam()
                        + "' met regeltabellen ontbreekt; bladen mogen niet worden verwijderd of hernoemd"));
                continue;
            }
            vergelijkBlad(nieuw.pad(), oud, blad.get(), fouten);
        }
        for (Werkmap.Blad blad : nieuw.bladen()) {
            if (!blad.tabellen().isEmpty() && actief.blad(blad.naam()).map(b -> b.tabellen().isEmpty()).orElse(true)) {
                fouten.add(fout(nieuw, blad.naam(), blad.tabellen().get(0).rij(), null,
                        "dit blad heeft een regeltabel die de actieve versie niet heeft; nieuwe tabellen voegt een ontwikkelaar toe"));
            }
        }
        return fouten;
    }

    private static void vergelijkBlad(String pad, Werkmap.Blad oud, Werkmap.Blad nieuw, List<Bevinding> fouten) {
        int rijen = Math.max(oud.voorwerk().size(), nieuw.voorwerk().size());
        for (int r = 0; r < rijen; r++) {
            Werkmap.Rij a = r < oud.voorwerk().size() ? oud.voorwerk().get(r) : new Werkmap.Rij(r + 1, List.of());
            Werkmap.Rij b = r < nieuw.voorwerk().size() ? nieuw.voorwerk().get(r) : new Werkmap.Rij(r + 1, List.of());
            if (a.cel(0).tekst().equalsIgnoreCase("Notes") && b.cel(0).tekst().equalsIgnoreCase("Notes")) {
                continue;
            }
            vergelijkRij(pad, nieuw.naam(), a, b, r + 1, 0, "de kop van het blad (RuleSet, Import, Variables)", fouten);
        }
        if (oud.tabellen().size() != nieuw.tabellen().size()) {
            fouten.add(Bevinding.cel(Bevinding.Soort.STRUCTUUR, pad, nieuw.naam(), 1, null, null, "het blad heeft "
                    + nieuw.tabellen().size() + " regeltabellen, de actieve versie " + oud.tabellen().size()
                    + "; tabellen mogen niet worden toegevoegd of verwijderd"));
            return;
        }
        for (int t = 0; t < oud.tabellen().size(); t++) {
            Regeltabel a = oud.tabellen().get(t);
            Regeltabel b = nieuw.tabellen().get(t);
            for (int r = 0; r < Math.max(a.kop().size(), b.kop().size()); r++) {
                Werkmap.Rij ra = r < a.kop().size() ? a.kop().get(r) : new Werkmap.Rij(a.rij() + r, List.of());
                Werkmap.Rij rb = r < b.kop().size() ? b.kop().get(r) : new Werkmap.Rij(b.rij() + r, List.of());
                vergelijkRij(pad, nieuw.naam(), ra, rb, b.rij() + r, Math.min(a.beginkolom(), b.beginkolom()),
                        "de kop van tabel '" + a.naam() + "' (naam, CONDITION/ACTION, object, code- en labelregel)", fouten);
            }
        }
    }

    private static void vergelijkRij(String pad, String blad, Werkmap.Rij oud, Werkmap.Rij nieuw, int rijnummer, int vanaf,
            String wat, List<Bevinding> fouten) {
        for (int k = vanaf; k < Math.max(oud.cellen().size(), nieuw.cellen().size()); k++) {
            String was = oud.cel(k).tekst();
            String is = nieuw.cel(k).tekst();
            if (!was.equals(is)) {
                fouten.add(Bevinding.cel(Bevinding.Soort.STRUCTUUR, pad, blad, rijnummer, CellReference.convertNumToColString(k),
                        is, wat + " mag niet veranderen: hier stond '" + was + "'. Alleen de rijen met waarden onder de tabelkop mogen wijzigen."));
                return;
            }
        }
    }

    private static Bevinding fout(Werkmap werkmap, String blad, Integer rij, String kolom, String melding) {
        return new Bevinding(Bevinding.Soort.STRUCTUUR, werkmap.pad(), blad, rij, kolom, null, melding, null);
    }
}
