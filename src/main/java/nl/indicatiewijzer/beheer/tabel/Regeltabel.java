package nl.indicatiewijzer.beheer.tabel;

import java.util.ArrayList;
import java.util.List;

/**
 * One RuleTable: its heading rows (the RuleTable row, CONDITION/ACTION, object, code template and
 * label), its columns, and its data rows.
 */
public record Regeltabel(String naam, int rij, int beginkolom, List<Werkmap.Rij> kop, List<Kolom> kolommen,
        List<Werkmap.Rij> rijen) {
    private static final int KOPRIJEN = 5;

    static Regeltabel uit(List<Werkmap.Rij> blad, int start, int beginkolom) {
        List<Werkmap.Rij> kop = new ArrayList<>();
        for (int r = start; r < Math.min(blad.size(), start + KOPRIJEN); r++) {
            kop.add(blad.get(r));
        }
        List<Kolom> kolommen = new ArrayList<>();
        Werkmap.Rij soorten = kop.size() > 1 ? kop.get(1) : new Werkmap.Rij(start + 2, List.of());
        for (int k = beginkolom; !soorten.cel(k).leeg(); k++) {
            kolommen.add(new Kolom(k, soorten.cel(k).tekst(), tekst(kop, 3, k), tekst(kop, 4, k)));
        }
        List<Werkmap.Rij> rijen = new ArrayList<>();
        for (int r = start + KOPRIJEN; r < blad.size() && !leeg(blad.get(r), kolommen); r++) {
            rijen.add(blad.get(r));
        }
        String naam = kop.get(0).cel(beginkolom).tekst().substring("RuleTable".length()).strip();
        return new Regeltabel(naam, start + 1, beginkolom, kop, kolommen, rijen);
    }

    /** The Excel row number just after the table. */
    int laatsteRij() {
        return rij + KOPRIJEN + rijen.size();
    }

    public List<Kolom> voorwaarden() {
        return kolommen.stream().filter(Kolom::isVoorwaarde).toList();
    }

    public List<Kolom> acties() {
        return kolommen.stream().filter(Kolom::isActie).toList();
    }

    private static String tekst(List<Werkmap.Rij> kop, int rij, int kolom) {
        return rij < kop.size() ? kop.get(rij).cel(kolom).tekst() : "";
    }

    private static boolean leeg(Werkmap.Rij rij, List<Kolom> kolommen) {
        return kolommen.stream().allMatch(k -> rij.cel(k.index()).leeg());
    }
}
