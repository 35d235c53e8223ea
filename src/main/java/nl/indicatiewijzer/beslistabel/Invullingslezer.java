package nl.indicatiewijzer.beslistabel;

import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.beslistabel.Invulling.Bladinvulling;
import nl.indicatiewijzer.beslistabel.Invulling.Tabelinvulling;
import nl.indicatiewijzer.beslistabel.Sjabloon.Bladsjabloon;
import nl.indicatiewijzer.beslistabel.Sjabloon.Tabelsjabloon;

/**
 * Holds a workbook to its template, cell by cell, in every sheet: the heading rows and each table's
 * five heading rows must equal the template; below a table's heading its data rows run to the first
 * empty row, and each of their cells is a value of its column's type or empty; one or more empty rows
 * separate the tables; nothing else may hold anything. Data rows may be added and removed.
 */
final class Invullingslezer {
    static final int MAXIMAAL_GEMELD = 100;
    private final Sjabloon sjabloon;
    private final List<Celfout> fouten = new ArrayList<>();
    private int verzwegen;
    private long tekensInWaarden;

    Invullingslezer(Sjabloon sjabloon) {
        this.sjabloon = sjabloon;
    }

    Invulling.Uitkomst lees(Werkmap werkmap) {
        List<Bladinvulling> bladen = new ArrayList<>();
        for (Bladsjabloon b : sjabloon.bladen()) {
            werkmap.blad(b.naam()).ifPresentOrElse(blad -> bladen.add(blad(b, blad)), () -> meld(Celfout.structuur(b.naam(), null, null,
                    null, "het blad '" + b.naam() + "' ontbreekt; bladen mogen niet worden verwijderd of hernoemd")));
        }
        for (Blad blad : werkmap.bladen()) {
            if (sjabloon.blad(blad.naam()).isEmpty()) {
                meld(Celfout.structuur(blad.naam(), null, null, null, "het blad '" + blad.naam()
                        + "' hoort niet bij deze tabel; verwijder het (alleen de bladen van de vrijgegeven tabel tellen)"));
            }
        }
        for (String naam : werkmap.namen()) {
            if (!sjabloon.namen().contains(naam)) {
                meld(Celfout.structuur(null, null, null, null, "de werkmap definieert de naam '" + naam
                        + "'; verwijder die (Formules, Namen beheren)"));
            }
        }
        if (verzwegen > 0) {
            fouten.add(Celfout.structuur(null, null, null, null, "en nog " + verzwegen + " fouten, niet alle getoond"));
        }
        return fouten.isEmpty() ? new Invulling.Uitkomst(new Invulling(sjabloon, List.copyOf(bladen)), List.of())
                : new Invulling.Uitkomst(null, List.copyOf(fouten));
    }

    private Bladinvulling blad(Bladsjabloon b, Blad blad) {
        gelijk(b, blad, 1, b.eersteTabelrij(), 1, "de kop van het blad (RuleSet, Import, Notes, ...) mag niet veranderen");
        List<Tabelinvulling> tabellen = new ArrayList<>();
        int r = b.eersteTabelrij();
        for (int t = 0; t < b.tabellen().size(); t++) {
            Tabelsjabloon tabel = b.tabellen().get(t);
            if (t > 0) {
                r = volgendeNietLegeRij(blad, r);
            }
            if (!gelijk(b, blad, tabel.rij(), tabel.rij() + Tabelsjabloon.KOPRIJEN, r - tabel.rij() + 1, kopmelding(tabel, t))) {
                return new Bladinvulling(b, tabellen);
            }
            r += Tabelsjabloon.KOPRIJEN;
            List<Rij> rijen = new ArrayList<>();
            List<List<Waarde>> waarden = new ArrayList<>();
            for (; !blad.rij(r).leeg(); r++) {
                rijen.add(blad.rij(r));
                waarden.add(rij(blad, blad.rij(r), tabel, t + 1 < b.tabellen().size() ? b.tabellen().get(t + 1) : null));
            }
            tabellen.add(new Tabelinvulling(tabel, r - rijen.size() - Tabelsjabloon.KOPRIJEN, List.copyOf(rijen), waarden));
        }
        for (int rest = r; rest <= blad.rijen().size(); rest++) {
            Rij rij = blad.rij(rest);
            for (int k = 0; k < rij.cellen().size(); k++) {
                if (!rij.cel(k).leeg()) {
                    meld(Celfout.structuur(blad.naam(), rest, k, rij.cel(k), b.tabellen().isEmpty()
                            ? "dit blad heeft in de vrijgegeven tabel geen regeltabel en moet gelijk blijven"
                            : "onder en tussen de regeltabellen hoort niets te staan; een lege rij beëindigt een tabel"));
                }
            }
        }
        return new Bladinvulling(b, List.copyOf(tabellen));
    }

    /** The values of one data row; a cell beside the table's columns, or the next table's heading, is refused. */
    private List<Waarde> rij(Blad blad, Rij rij, Tabelsjabloon tabel, Tabelsjabloon volgende) {
        if (volgende != null && rij.cel(volgende.beginkolom()).tekst().equals(volgende.kop().get(0).cel(volgende.beginkolom()).tekst())) {
            meld(Celfout.structuur(blad.naam(), rij.nummer(), volgende.beginkolom(), rij.cel(volgende.beginkolom()),
                    "laat een lege rij tussen de laatste rij van tabel '" + tabel.naam() + "' en de volgende tabel"));
            return List.of();
        }
        List<Waarde> waarden = new ArrayList<>();
        for (Kolom kolom : tabel.kolommen()) {
            Cel cel = rij.cel(kolom.index());
            if (cel.leeg() || tekensInWaarden > Grenzen.TEKENS_IN_WAARDEN) {
                waarden.add(null);
                continue;
            }
            Waardelezer.Gelezen gelezen = Waardelezer.lees(cel, kolom.type());
            if (gelezen.fout() != null) {
                meld(Celfout.celwaarde(blad.naam(), rij.nummer(), kolom, cel, gelezen.fout()));
            } else {
                tel(blad, rij, kolom, cel, gelezen.waarde());
            }
            waarden.add(gelezen.waarde());
        }
        for (int k = 0; k < rij.cellen().size(); k++) {
            if ((k < tabel.beginkolom() || k > tabel.eindkolom()) && !rij.cel(k).leeg()) {
                meld(Celfout.structuur(blad.naam(), rij.nummer(), k, rij.cel(k), "naast de kolommen van tabel '" + tabel.naam()
                        + "' hoort niets te staan"));
            }
        }
        return java.util.Collections.unmodifiableList(waarden);
    }

    /** Counts what the value takes in the DRL; past the limit the workbook is refused at this cell. */
    private void tel(Blad blad, Rij rij, Kolom kolom, Cel cel, Waarde waarde) {
        tekensInWaarden += kolom.type().alsLiteraal() ? Literaal.lengte(waarde.tekst()) : waarde.tekst().length();
        if (tekensInWaarden > Grenzen.TEKENS_IN_WAARDEN) {
            meld(Celfout.structuur(blad.naam(), rij.nummer(), kolom.index(), cel, "de waarden van de tabellen zijn hier samen "
                    + "langer dan " + Grenzen.TEKENS_IN_WAARDEN + " tekens (in de regels); een beslistabel heeft veel minder tekst"));
        }
    }

    /**
     * Rows {@code van} to {@code tot} (exclusive) of the template against the same rows of the sheet,
     * shifted by {@code verschuiving - 1} rows; every differing cell is reported.
     */
    private boolean gelijk(Bladsjabloon b, Blad blad, int van, int tot, int verschuiving, String wat) {
        boolean gelijk = true;
        for (int r = van; r < tot; r++) {
            Rij standaard = b.blad().rij(r);
            Rij rij = blad.rij(r + verschuiving - 1);
            for (int k = 0; k < Math.max(standaard.cellen().size(), rij.cellen().size()); k++) {
                if (!standaard.cel(k).tekst().equals(rij.cel(k).tekst())) {
                    gelijk = false;
                    String stond = standaard.cel(k).tekst();
                    meld(Celfout.structuur(blad.naam(), rij.nummer(), k, rij.cel(k), wat + ": hier " + (stond.isEmpty()
                            ? "hoort de cel leeg te zijn" : "stond '" + stond + "'") + ". Alleen de rijen met waarden onder de tabelkop mogen wijzigen."));
                }
            }
        }
        return gelijk;
    }

    private static String kopmelding(Tabelsjabloon tabel, int t) {
        return "de kop van tabel '" + tabel.naam() + "' (RuleTable, CONDITION/ACTION, object, code en label) mag niet veranderen"
                + (t > 0 ? "; een lege rij beëindigt de tabel erboven, dus hier hoort deze kop" : "");
    }

    private static int volgendeNietLegeRij(Blad blad, int r) {
        while (r <= blad.rijen().size() && blad.rij(r).leeg()) {
            r++;
        }
        return r;
    }

    private void meld(Celfout fout) {
        if (fouten.size() < MAXIMAAL_GEMELD) {
            fouten.add(fout);
        } else {
            verzwegen++;
        }
    }
}
