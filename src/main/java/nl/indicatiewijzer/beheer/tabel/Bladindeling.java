package nl.indicatiewijzer.beheer.tabel;

import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.beslistabel.Blad;
import nl.indicatiewijzer.beslistabel.Rij;
import nl.indicatiewijzer.beslistabel.Sjabloon;

/**
 * A sheet cut into its rule tables and the rest, as any workbook can be cut (also one that fits no
 * template): a table starts at a RuleTable cell, has five heading rows and data rows to the first
 * empty row. The rest is the heading of the sheet, each table's heading, and what lies below each
 * table; a cell of the rest is known by its part, its row within the part and its column, so that
 * rows added to a table do not make everything below it look changed.
 */
record Bladindeling(List<Tabel> tabellen, List<Deel> delen) {
    private static final int KOPRIJEN = 5;

    /** One rule table: its name, the row of its RuleTable cell, its labels by column and its data rows. */
    record Tabel(String naam, int rij, Rij labels, List<Rij> rijen) {
    }

    /** A part of the sheet outside the data rows: rows {@code van} up to {@code tot} (exclusive). */
    record Deel(String naam, int van, int tot) {
    }

    static Bladindeling van(Blad blad) {
        List<Tabel> tabellen = new ArrayList<>();
        List<Deel> delen = new ArrayList<>();
        int laatste = blad.rijen().size() + 1;
        int r = 1;
        String deel = "kop van het blad";
        while (r < laatste) {
            int begin = volgendeTabel(blad, r);
            delen.add(new Deel(deel, r, begin));
            if (begin == laatste) {
                break;
            }
            Rij naamrij = blad.rij(begin);
            String naam = naamrij.cellen().stream().filter(Sjabloon::isTabelbegin).findFirst().orElseThrow().tekst().strip();
            String welke = "tabel " + (tabellen.size() + 1) + " ('" + naam + "')";
            delen.add(new Deel("kop van " + welke, begin, begin + KOPRIJEN));
            List<Rij> rijen = new ArrayList<>();
            for (r = begin + KOPRIJEN; r < laatste && !blad.rij(r).leeg(); r++) {
                rijen.add(blad.rij(r));
            }
            tabellen.add(new Tabel(naam, begin, blad.rij(begin + KOPRIJEN - 1), rijen));
            deel = "onder " + welke;
        }
        return new Bladindeling(tabellen, delen);
    }

    private static int volgendeTabel(Blad blad, int vanaf) {
        for (int r = vanaf; r <= blad.rijen().size(); r++) {
            if (blad.rij(r).cellen().stream().anyMatch(Sjabloon::isTabelbegin)) {
                return r;
            }
        }
        return blad.rijen().size() + 1;
    }
}
