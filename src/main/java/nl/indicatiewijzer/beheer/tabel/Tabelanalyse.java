package nl.indicatiewijzer.beheer.tabel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beheer.Bevinding;

/**
 * What a policy worker should look at in a table that compiles: rows that repeat another, rows that can
 * never fire (a range whose lower bound lies above its upper bound), and for tables over enumerated
 * columns or number ranges the gaps (inputs no row covers) and overlaps (inputs two rows cover with
 * different results). Rows that agree on every other condition are compared with each other.
 */
public final class Tabelanalyse {
    static final int MAXIMUM_PER_TABEL = 25;

    private Tabelanalyse() {
    }

    public static List<Bevinding> analyseer(String pad, Werkmap.Blad blad) {
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Regeltabel tabel : blad.tabellen()) {
            List<Bevinding> vantabel = new ArrayList<>();
            dubbel(pad, blad.naam(), tabel, vantabel);
            Bereiken.analyseer(pad, blad.naam(), tabel, vantabel);
            Combinaties.analyseer(pad, blad.naam(), tabel, blad.imports(), vantabel);
            if (vantabel.size() > MAXIMUM_PER_TABEL) {
                int meer = vantabel.size() - MAXIMUM_PER_TABEL;
                vantabel = new ArrayList<>(vantabel.subList(0, MAXIMUM_PER_TABEL));
                vantabel.add(Bevinding.rijen(Bevinding.Soort.GAT, pad, blad.naam(), List.of(),
                        "tabel '" + tabel.naam() + "': nog " + meer + " bevindingen niet getoond"));
            }
            bevindingen.addAll(vantabel);
        }
        return bevindingen;
    }

    private static void dubbel(String pad, String blad, Regeltabel tabel, List<Bevinding> uit) {
        Map<List<String>, Integer> gezien = new LinkedHashMap<>();
        for (Werkmap.Rij rij : tabel.rijen()) {
            List<String> inhoud = tabel.kolommen().stream().filter(k -> !k.soort().startsWith("METADATA"))
                    .map(k -> rij.cel(k.index()).tekst()).toList();
            Integer eerder = gezien.putIfAbsent(inhoud, rij.nummer());
            if (eerder != null) {
                uit.add(Bevinding.rijen(Bevinding.Soort.DUBBEL, pad, blad, List.of(eerder, rij.nummer()), "tabel '"
                        + tabel.naam() + "': rij " + rij.nummer() + " herhaalt rij " + eerder + " (zelfde voorwaarden en gevolg)"));
            }
        }
    }

    /** The result of a row: the values of its ACTION columns. */
    static List<String> gevolg(Regeltabel tabel, Werkmap.Rij rij) {
        return tabel.acties().stream().map(k -> rij.cel(k.index()).tekst()).toList();
    }

    /** The values of the conditions that are neither enumerated nor a range bound: rows are compared within such a group. */
    static List<String> groep(List<Kolom> overige, Werkmap.Rij rij) {
        return overige.stream().map(k -> rij.cel(k.index()).tekst()).toList();
    }

    static String beschrijf(List<Kolom> kolommen, List<String> waarden) {
        List<String> delen = new ArrayList<>();
        for (int i = 0; i < kolommen.size(); i++) {
            if (!waarden.get(i).isEmpty()) {
                delen.add(kolommen.get(i).label() + " = " + waarden.get(i));
            }
        }
        return String.join(", ", delen);
    }
}
