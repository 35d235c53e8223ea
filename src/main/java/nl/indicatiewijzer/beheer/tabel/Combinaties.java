package nl.indicatiewijzer.beheer.tabel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indicatiewijzer.beheer.Bevinding;

/**
 * Tables over enumerated columns (an enum type or true/false): every combination of their values that
 * no row covers (a gap), and every combination that rows with different results cover (an overlap).
 * An empty cell covers every value.
 */
final class Combinaties {
    private static final int MAXIMUM = 10_000;

    private Combinaties() {
    }

    static void analyseer(String pad, String blad, Regeltabel tabel, List<String> imports, List<Bevinding> uit) {
        List<Kolom> opgesomd = new ArrayList<>();
        List<List<String>> domeinen = new ArrayList<>();
        for (Kolom k : tabel.voorwaarden()) {
            List<String> domein = domein(k, tabel, imports);
            if (!domein.isEmpty()) {
                opgesomd.add(k);
                domeinen.add(domein);
            }
        }
        long aantal = domeinen.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
        if (opgesomd.isEmpty() || aantal > MAXIMUM) {
            return;
        }
        List<Kolom> overige = tabel.voorwaarden().stream().filter(k -> !opgesomd.contains(k)
                && k.ondergrensVan() == null && k.bovengrensVan() == null).toList();
        Map<List<String>, List<Werkmap.Rij>> groepen = new LinkedHashMap<>();
        tabel.rijen().forEach(r -> groepen.computeIfAbsent(Tabelanalyse.groep(overige, r), g -> new ArrayList<>()).add(r));
        for (var groep : groepen.entrySet()) {
            String waar = "tabel '" + tabel.naam() + "'" + (overige.isEmpty() ? "" : " bij "
                    + Tabelanalyse.beschrijf(overige, groep.getKey())) + ": ";
            for (List<String> combinatie : product(domeinen)) {
                List<Werkmap.Rij> dekkend = groep.getValue().stream().filter(r -> dekt(r, opgesomd, combinatie)).toList();
                String wat = Tabelanalyse.beschrijf(opgesomd, combinatie);
                if (dekkend.isEmpty()) {
                    uit.add(Bevinding.rijen(Bevinding.Soort.GAT, pad, blad, List.of(), waar + "geen rij voor " + wat));
                } else if (dekkend.stream().map(r -> Tabelanalyse.gevolg(tabel, r)).distinct().count() > 1) {
                    List<Integer> rijen = dekkend.stream().map(Werkmap.Rij::nummer).toList();
                    uit.add(Bevinding.rijen(Bevinding.Soort.OVERLAP, pad, blad, rijen, waar + wat + " valt in de rijen "
                            + rijen + " met een verschillend gevolg"));
                }
            }
        }
    }

    private static List<String> domein(Kolom k, Regeltabel tabel, List<String> imports) {
        if (k.enumType() != null) {
            return Enumtype.constanten(k.enumType(), imports);
        }
        Set<String> waarden = new LinkedHashSet<>();
        tabel.rijen().forEach(r -> waarden.add(r.cel(k.index()).tekst()));
        waarden.remove("");
        return !waarden.isEmpty() && Set.of("true", "false").containsAll(waarden) ? List.of("true", "false") : List.of();
    }

    private static boolean dekt(Werkmap.Rij rij, List<Kolom> kolommen, List<String> combinatie) {
        for (int i = 0; i < kolommen.size(); i++) {
            String cel = rij.cel(kolommen.get(i).index()).tekst();
            if (!cel.isEmpty() && !cel.equals(combinatie.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> product(List<List<String>> domeinen) {
        List<List<String>> uit = new ArrayList<>();
        uit.add(List.of());
        for (List<String> domein : domeinen) {
            List<List<String>> verder = new ArrayList<>();
            for (List<String> begin : uit) {
                for (String w : domein) {
                    List<String> c = new ArrayList<>(begin);
                    c.add(w);
                    verder.add(c);
                }
            }
            uit = verder;
        }
        return uit;
    }
}
