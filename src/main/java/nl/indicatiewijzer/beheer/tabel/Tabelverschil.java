package nl.indicatiewijzer.beheer.tabel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beslistabel.Kolom;
import nl.indicatiewijzer.beslistabel.Rij;

/**
 * The row-level difference between the same rule table in two versions: rows added, removed, and
 * changed cell by cell, over every column that holds anything. Rows are matched by their longest
 * common sequence; within a run of changes the removed and added rows are paired in order as changed.
 */
public final class Tabelverschil {
    private Tabelverschil() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Verschil(String bestand, String blad, String tabel, List<Rijinhoud> toegevoegd, List<Rijinhoud> verwijderd,
            List<Wijziging> gewijzigd) {
        public boolean leeg() {
            return toegevoegd.isEmpty() && verwijderd.isEmpty() && gewijzigd.isEmpty();
        }

        int aantal() {
            return toegevoegd.size() + verwijderd.size() + gewijzigd.size();
        }

        /** The rows whose text fits in what is {@code over}, which shrinks by what they take. */
        Verschil ingekort(long[] over) {
            return new Verschil(bestand, blad, tabel, passend(toegevoegd, Rijinhoud::tekens, over),
                    passend(verwijderd, Rijinhoud::tekens, over), passend(gewijzigd, Wijziging::tekens, over));
        }
    }

    private static <T> List<T> passend(List<T> rijen, java.util.function.ToLongFunction<T> tekens, long[] over) {
        List<T> uit = new ArrayList<>();
        for (T rij : rijen) {
            over[0] -= tekens.applyAsLong(rij);
            if (over[0] < 0) {
                break;
            }
            uit.add(rij);
        }
        return uit;
    }


    /** A whole row, each non-empty cell by its column (letter and label). */
    public record Rijinhoud(int rij, Map<String, String> cellen) {
        long tekens() {
            return cellen.values().stream().mapToLong(String::length).sum();
        }
    }

    public record Wijziging(int rijOud, int rijNieuw, List<Celwijziging> cellen) {
        long tekens() {
            return cellen.stream().mapToLong(c -> c.oud().length() + c.nieuw().length()).sum();
        }
    }

    public record Celwijziging(String kolom, String label, String oud, String nieuw) {
    }

    static Verschil tussen(String bestand, String blad, Bladindeling.Tabel oud, Bladindeling.Tabel nieuw) {
        int breedte = breedte(oud, nieuw);
        List<List<String>> a = oud.rijen().stream().map(r -> teksten(r, breedte)).toList();
        List<List<String>> b = nieuw.rijen().stream().map(r -> teksten(r, breedte)).toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Koppeling k = new Koppeling(oud, nieuw, breedte);
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                k.koppel();
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                k.bij.add(j++);
            } else {
                k.weg.add(i++);
            }
        }
        k.koppel();
        return new Verschil(bestand, blad, nieuw.naam().isEmpty() ? oud.naam() : nieuw.naam(), k.toegevoegd, k.verwijderd, k.gewijzigd);
    }

    /** Pairs a run of removed and added rows as changed rows; the surplus is removed or added. */
    private static final class Koppeling {
        final Bladindeling.Tabel oud;
        final Bladindeling.Tabel nieuw;
        final int breedte;
        final List<Integer> weg = new ArrayList<>();
        final List<Integer> bij = new ArrayList<>();
        final List<Rijinhoud> toegevoegd = new ArrayList<>();
        final List<Rijinhoud> verwijderd = new ArrayList<>();
        final List<Wijziging> gewijzigd = new ArrayList<>();

        Koppeling(Bladindeling.Tabel oud, Bladindeling.Tabel nieuw, int breedte) {
            this.oud = oud;
            this.nieuw = nieuw;
            this.breedte = breedte;
        }

        void koppel() {
            int paren = Math.min(weg.size(), bij.size());
            for (int p = 0; p < paren; p++) {
                Rij o = oud.rijen().get(weg.get(p));
                Rij n = nieuw.rijen().get(bij.get(p));
                List<Celwijziging> cellen = new ArrayList<>();
                for (int k = 0; k < breedte; k++) {
                    if (!o.cel(k).tekst().equals(n.cel(k).tekst())) {
                        cellen.add(new Celwijziging(Kolom.letter(k), label(k), o.cel(k).tekst(), n.cel(k).tekst()));
                    }
                }
                gewijzigd.add(new Wijziging(o.nummer(), n.nummer(), cellen));
            }
            weg.subList(paren, weg.size()).forEach(r -> verwijderd.add(inhoud(oud, oud.rijen().get(r))));
            bij.subList(paren, bij.size()).forEach(r -> toegevoegd.add(inhoud(nieuw, nieuw.rijen().get(r))));
            weg.clear();
            bij.clear();
        }

        private String label(int kolom) {
            String label = nieuw.labels().cel(kolom).tekst();
            return label.isEmpty() ? oud.labels().cel(kolom).tekst() : label;
        }

        private Rijinhoud inhoud(Bladindeling.Tabel tabel, Rij rij) {
            Map<String, String> cellen = new LinkedHashMap<>();
            for (int k = 0; k < breedte; k++) {
                if (!rij.cel(k).leeg()) {
                    cellen.put(Kolom.letter(k) + " " + label(k), rij.cel(k).tekst());
                }
            }
            return new Rijinhoud(rij.nummer(), cellen);
        }
    }

    private static int breedte(Bladindeling.Tabel oud, Bladindeling.Tabel nieuw) {
        int breedte = 0;
        for (Bladindeling.Tabel t : List.of(oud, nieuw)) {
            for (Rij r : t.rijen()) {
                breedte = Math.max(breedte, r.cellen().size());
            }
        }
        return breedte;
    }

    private static List<String> teksten(Rij rij, int breedte) {
        List<String> teksten = new ArrayList<>(breedte);
        for (int k = 0; k < breedte; k++) {
            teksten.add(rij.cel(k).tekst());
        }
        return teksten;
    }
}
