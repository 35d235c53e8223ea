package nl.indicatiewijzer.beheer.tabel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beheer.Bevinding;
import nl.indicatiewijzer.beslistabel.Invulling.Tabelinvulling;
import nl.indicatiewijzer.beslistabel.Kolom;
import nl.indicatiewijzer.beslistabel.Kolomtype;

/**
 * Tables over enumerated columns (an enum type or true/false): every combination of their values that
 * no row covers (a gap), and every combination that rows with different results cover (an overlap).
 * An empty cell covers every value.
 */
final class Combinaties {
    private static final int MAXIMUM = 10_000;

    private Combinaties() {
    }

    static void analyseer(String pad, String blad, Tabelinvulling tabel, List<Bevinding> uit) {
        List<Kolom> opgesomd = new ArrayList<>();
        List<List<String>> domeinen = new ArrayList<>();
        for (Kolom k : Tabelanalyse.voorwaarden(tabel)) {
            List<String> domein = domein(k);
            if (!domein.isEmpty()) {
                opgesomd.add(k);
                domeinen.add(domein);
            }
        }
        long aantal = domeinen.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
        if (opgesomd.isEmpty() || aantal > MAXIMUM) {
            return;
        }
        List<Kolom> overige = Tabelanalyse.voorwaarden(tabel).stream().filter(k -> !opgesomd.contains(k)
                && k.ondergrensVan() == null && k.bovengrensVan() == null).toList();
        Map<List<String>, List<Integer>> groepen = new LinkedHashMap<>();
        for (int i = 0; i < tabel.rijen().size(); i++) {
            groepen.computeIfAbsent(Tabelanalyse.waarden(tabel, i, overige), g -> new ArrayList<>()).add(i);
        }
        for (var groep : groepen.entrySet()) {
            String waar = "tabel '" + tabel.naam() + "'" + (overige.isEmpty() ? "" : " bij "
                    + Tabelanalyse.beschrijf(overige, groep.getKey())) + ": ";
            for (List<String> combinatie : product(domeinen)) {
                List<Integer> dekkend = groep.getValue().stream().filter(i -> dekt(tabel, i, opgesomd, combinatie)).toList();
                String wat = Tabelanalyse.beschrijf(opgesomd, combinatie);
                if (dekkend.isEmpty()) {
                    uit.add(Bevinding.rijen(Bevinding.Soort.GAT, pad, blad, List.of(), waar + "geen rij voor " + wat));
                } else if (dekkend.stream().map(i -> Tabelanalyse.gevolg(tabel, i)).distinct().count() > 1) {
                    List<Integer> rijen = dekkend.stream().map(i -> tabel.rijen().get(i).nummer()).toList();
                    uit.add(Bevinding.rijen(Bevinding.Soort.OVERLAP, pad, blad, rijen, waar + wat + " valt in de rijen "
                            + rijen + " met een verschillend gevolg"));
                }
            }
        }
    }

    private static List<String> domein(Kolom k) {
        return switch (k.type().soort()) {
            case CODE -> k.type().constanten();
            case JA_NEE -> List.of("true", "false");
            default -> List.of();
        };
    }

    private static boolean dekt(Tabelinvulling tabel, int i, List<Kolom> kolommen, List<String> combinatie) {
        for (int k = 0; k < kolommen.size(); k++) {
            String cel = Tabelanalyse.waarde(tabel, i, kolommen.get(k));
            if (!cel.isEmpty() && !cel.equals(combinatie.get(k))) {
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
