package nl.indicatiewijzer.beheer.tabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beheer.Bevinding;

/**
 * Tables whose rows hold a whole-number range ({@code waarde >= $param} and {@code waarde <= $param}
 * in two columns, e.g. the kilometre classes): ranges that are empty, that leave numbers between them
 * uncovered, or that overlap with a different result.
 */
final class Bereiken {
    private Bereiken() {
    }

    private record Bereik(Werkmap.Rij rij, long van, long tot) {
    }

    static void analyseer(String pad, String blad, Regeltabel tabel, List<Bevinding> uit) {
        Kolom onder = null;
        Kolom boven = null;
        for (Kolom k : tabel.voorwaarden()) {
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
        List<Kolom> overige = tabel.voorwaarden().stream().filter(k -> k != van && k != tot).toList();
        Map<List<String>, List<Bereik>> groepen = new LinkedHashMap<>();
        for (Werkmap.Rij rij : tabel.rijen()) {
            Long a = getal(rij.cel(van.index()));
            Long b = getal(rij.cel(tot.index()));
            if (a == null || b == null) {
                continue;
            }
            if (a > b) {
                uit.add(Bevinding.rijen(Bevinding.Soort.VUURT_NOOIT, pad, blad, List.of(rij.nummer()), "tabel '" + tabel.naam()
                        + "', rij " + rij.nummer() + ": " + van.label() + " (" + a + ") ligt boven " + tot.label() + " (" + b
                        + "); deze rij kan nooit gelden"));
                continue;
            }
            groepen.computeIfAbsent(Tabelanalyse.groep(overige, rij), g -> new ArrayList<>()).add(new Bereik(rij, a, b));
        }
        groepen.forEach((groep, bereiken) -> vergelijk(pad, blad, tabel, Tabelanalyse.beschrijf(overige, groep), bereiken, uit));
    }

    private static void vergelijk(String pad, String blad, Regeltabel tabel, String groep, List<Bereik> bereiken, List<Bevinding> uit) {
        bereiken.sort(Comparator.comparingLong(Bereik::van));
        String waar = "tabel '" + tabel.naam() + "'" + (groep.isEmpty() ? "" : " bij " + groep) + ": ";
        for (int i = 1; i < bereiken.size(); i++) {
            Bereik vorig = bereiken.get(i - 1);
            Bereik dit = bereiken.get(i);
            List<Integer> rijen = List.of(vorig.rij().nummer(), dit.rij().nummer());
            if (dit.van() > vorig.tot() + 1) {
                uit.add(Bevinding.rijen(Bevinding.Soort.GAT, pad, blad, rijen, waar + "de waarden " + (vorig.tot() + 1)
                        + " tot en met " + (dit.van() - 1) + " vallen in geen rij (tussen rij " + rijen.get(0) + " en rij " + rijen.get(1) + ")"));
            } else if (dit.van() <= vorig.tot()
                    && !Tabelanalyse.gevolg(tabel, dit.rij()).equals(Tabelanalyse.gevolg(tabel, vorig.rij()))) {
                uit.add(Bevinding.rijen(Bevinding.Soort.OVERLAP, pad, blad, rijen, waar + "de waarden " + dit.van() + " tot en met "
                        + Math.min(dit.tot(), vorig.tot()) + " vallen in rij " + rijen.get(0) + " en in rij " + rijen.get(1)
                        + ", met een verschillend gevolg"));
            }
        }
    }

    private static Long getal(Cel cel) {
        try {
            return cel.leeg() ? null : Long.valueOf(cel.tekst());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
