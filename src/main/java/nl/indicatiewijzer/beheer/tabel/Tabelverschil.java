package nl.indicatiewijzer.beheer.tabel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row-level difference between the same rule table in two versions: rows added, removed, and
 * changed cell by cell. Rows are matched by their longest common sequence; within a run of changes
 * the removed and added rows are paired in order as changed rows.
 */
public final class Tabelverschil {
    private Tabelverschil() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Verschil(String bestand, String blad, String tabel, List<Rij> toegevoegd, List<Rij> verwijderd,
            List<Wijziging> gewijzigd) {
        public boolean leeg() {
            return toegevoegd.isEmpty() && verwijderd.isEmpty() && gewijzigd.isEmpty();
        }
    }

    /** A whole row, each cell by its column (letter and label). */
    public record Rij(int rij, Map<String, String> cellen) {
    }

    public record Wijziging(int rijOud, int rijNieuw, List<Celwijziging> cellen) {
    }

    public record Celwijziging(String kolom, String label, String oud, String nieuw) {
    }

    public static Verschil tussen(String bestand, String blad, Regeltabel oud, Regeltabel nieuw) {
        List<List<String>> a = oud.rijen().stream().map(r -> waarden(nieuw.kolommen(), r)).toList();
        List<List<String>> b = nieuw.rijen().stream().map(r -> waarden(nieuw.kolommen(), r)).toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Rij> toegevoegd = new ArrayList<>();
        List<Rij> verwijderd = new ArrayList<>();
        List<Wijziging> gewijzigd = new ArrayList<>();
        List<Integer> weg = new ArrayList<>();
        List<Integer> bij = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                koppel(oud, nieuw, weg, bij, toegevoegd, verwijderd, gewijzigd);
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                bij.add(j++);
            } else {
                weg.add(i++);
            }
        }
        koppel(oud, nieuw, weg, bij, toegevoegd, verwijderd, gewijzigd);
        return new Verschil(bestand, blad, nieuw.naam(), toegevoegd, verwijderd, gewijzigd);
    }

    private static void koppel(Regeltabel oud, Regeltabel nieuw, List<Integer> weg, List<Integer> bij, List<Rij> toegevoegd,
            List<Rij> verwijderd, List<Wijziging> gewijzigd) {
        int paren = Math.min(weg.size(), bij.size());
        for (int p = 0; p < paren; p++) {
            Werkmap.Rij o = oud.rijen().get(weg.get(p));
            Werkmap.Rij n = nieuw.rijen().get(bij.get(p));
            List<Celwijziging> cellen = new ArrayList<>();
            for (Kolom k : nieuw.kolommen()) {
                String was = o.cel(k.index()).tekst();
                String is = n.cel(k.index()).tekst();
                if (!was.equals(is)) {
                    cellen.add(new Celwijziging(k.letter(), k.label(), was, is));
                }
            }
            gewijzigd.add(new Wijziging(o.nummer(), n.nummer(), cellen));
        }
        weg.subList(paren, weg.size()).forEach(r -> verwijderd.add(rij(oud, oud.rijen().get(r))));
        bij.subList(paren, bij.size()).forEach(r -> toegevoegd.add(rij(nieuw, nieuw.rijen().get(r))));
        weg.clear();
        bij.clear();
    }

    private static Rij rij(Regeltabel tabel, Werkmap.Rij rij) {
        Map<String, String> cellen = new LinkedHashMap<>();
        tabel.kolommen().forEach(k -> cellen.put(k.letter() + " " + k.label(), rij.cel(k.index()).tekst()));
        return new Rij(rij.nummer(), cellen);
    }

    private static List<String> waarden(List<Kolom> kolommen, Werkmap.Rij rij) {
        return kolommen.stream().map(k -> rij.cel(k.index()).tekst()).toList();
    }
}
