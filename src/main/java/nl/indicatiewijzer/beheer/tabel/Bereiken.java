package nl.indicatiewijzer.beheer.tabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beheer.Bevinding;
import nl.indicatiewijzer.beslistabel.Invulling.Tabelinvulling;
import nl.indicatiewijzer.beslistabel.Kolom;
import nl.indicatiewijzer.beslistabel.Kolomtype;

/**
 * Tables whose rows hold a whole-number range ({@code waarde >= $param} and {@code waarde <= $param}
 * in two columns, e.g. the kilometre classes): ranges that are empty, that leave numbers between them
 * uncovered, or that overlap with a different result.
 */
final class Bereiken {
    private Bereiken() {
    }

    private record Bereik(int rij, int index, long van, long tot) {
    }

    static void analyseer(String pad, String blad, Tabelinvulling tabel, List<Bevinding> uit) {
        Kolom onder = null;
        Kolom boven = null;
        for (Kolom k : Tabelanalyse.voorwaarden(tabel)) {
            if (k.type().soort() != Kolomtype.Soort.GEHEEL) {
                continue;
            }
            if (k.ondergrensVan() != null && onder == null) {
                onder = k;
            } else if (k.bovengrensVan() != null && boven == null) {
                boven = k;
            }
        }
        if (onder == null || boven == null || !onder.ondergrensVan().equals(boven.bovengrensVan())) {
            return;
        }
        final Kolom van = onder;
        final Kolom tot = boven;
        List<Kolom> overige = Tabelanalyse.voorwaarden(tabel).stream().filter(k -> k != van && k != tot).toList();
        Map<List<String>, List<Bereik>> groepen = new LinkedHashMap<>();
        for (int i = 0; i < tabel.rijen().size(); i++) {
            String a = Tabelanalyse.waarde(tabel, i, van);
            String b = Tabelanalyse.waarde(tabel, i, tot);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            int nummer = tabel.rijen().get(i).nummer();
            if (Long.parseLong(a) > Long.parseLong(b)) {
                uit.add(Bevinding.rijen(Bevinding.Soort.VUURT_NOOIT, pad, blad, List.of(nummer), "tabel '" + tabel.naam()
                        + "', rij " + nummer + ": " + van.label() + " (" + a + ") ligt boven " + tot.label() + " (" + b
                        + "); deze rij kan nooit gelden"));
                continue;
            }
            groepen.computeIfAbsent(Tabelanalyse.waarden(tabel, i, overige), g -> new ArrayList<>())
                    .add(new Bereik(nummer, i, Long.parseLong(a), Long.parseLong(b)));
        }
        groepen.forEach((groep, bereiken) -> vergelijk(pad, blad, tabel, Tabelanalyse.beschrijf(overige, groep), bereiken, uit));
    }

    private static void vergelijk(String pad, String blad, Tabelinvulling tabel, String groep, List<Bereik> bereiken, List<Bevinding> uit) {
        bereiken.sort(Comparator.comparingLong(Bereik::van));
        String waar = "tabel '" + tabel.naam() + "'" + (groep.isEmpty() ? "" : " bij " + groep) + ": ";
        for (int i = 1; i < bereiken.size(); i++) {
            Bereik vorig = bereiken.get(i - 1);
            Bereik dit = bereiken.get(i);
            List<Integer> rijen = List.of(vorig.rij(), dit.rij());
            if (dit.van() > vorig.tot() + 1) {
                uit.add(Bevinding.rijen(Bevinding.Soort.GAT, pad, blad, rijen, waar + "de waarden " + (vorig.tot() + 1)
                        + " tot en met " + (dit.van() - 1) + " vallen in geen rij (tussen rij " + rijen.get(0) + " en rij " + rijen.get(1) + ")"));
            } else if (dit.van() <= vorig.tot()
                    && !Tabelanalyse.gevolg(tabel, dit.index()).equals(Tabelanalyse.gevolg(tabel, vorig.index()))) {
                uit.add(Bevinding.rijen(Bevinding.Soort.OVERLAP, pad, blad, rijen, waar + "de waarden " + dit.van() + " tot en met "
                        + Math.min(dit.tot(), vorig.tot()) + " vallen in rij " + rijen.get(0) + " en in rij " + rijen.get(1)
                        + ", met een verschillend gevolg"));
            }
        }
    }
}
