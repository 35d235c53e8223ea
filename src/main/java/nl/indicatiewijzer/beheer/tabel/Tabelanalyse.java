package nl.indicatiewijzer.beheer.tabel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beheer.Bevinding;
import nl.indicatiewijzer.beslistabel.Invulling.Bladinvulling;
import nl.indicatiewijzer.beslistabel.Invulling.Tabelinvulling;
import nl.indicatiewijzer.beslistabel.Kolom;
import nl.indicatiewijzer.beslistabel.Waarde;

/**
 * What a policy worker should look at in a table whose cells all fit: rows that repeat another, rows
 * that can never fire (a range whose lower bound lies above its upper bound), and for tables over
 * enumerated columns or number ranges the gaps (inputs no row covers) and overlaps (inputs two rows
 * cover with different results). Rows that agree on every other condition are compared with each other.
 */
public final class Tabelanalyse {
    static final int MAXIMUM_PER_TABEL = 25;

    private Tabelanalyse() {
    }

    public static List<Bevinding> analyseer(String pad, Bladinvulling blad) {
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Tabelinvulling tabel : blad.tabellen()) {
            List<Bevinding> vantabel = new ArrayList<>();
            dubbel(pad, blad.sjabloon().naam(), tabel, vantabel);
            Bereiken.analyseer(pad, blad.sjabloon().naam(), tabel, vantabel);
            Combinaties.analyseer(pad, blad.sjabloon().naam(), tabel, vantabel);
            if (vantabel.size() > MAXIMUM_PER_TABEL) {
                int meer = vantabel.size() - MAXIMUM_PER_TABEL;
                vantabel = new ArrayList<>(vantabel.subList(0, MAXIMUM_PER_TABEL));
                vantabel.add(Bevinding.rijen(Bevinding.Soort.GAT, pad, blad.sjabloon().naam(), List.of(),
                        "tabel '" + tabel.naam() + "': nog " + meer + " bevindingen niet getoond"));
            }
            bevindingen.addAll(vantabel);
        }
        return bevindingen;
    }

    private static void dubbel(String pad, String blad, Tabelinvulling tabel, List<Bevinding> uit) {
        Map<List<String>, Integer> gezien = new LinkedHashMap<>();
        List<Kolom> regelkolommen = tabel.sjabloon().kolommen().stream().filter(k -> !k.isMetadata()).toList();
        for (int i = 0; i < tabel.rijen().size(); i++) {
            List<String> inhoud = waarden(tabel, i, regelkolommen);
            int nummer = tabel.rijen().get(i).nummer();
            Integer eerder = gezien.putIfAbsent(inhoud, nummer);
            if (eerder != null) {
                uit.add(Bevinding.rijen(Bevinding.Soort.DUBBEL, pad, blad, List.of(eerder, nummer), "tabel '"
                        + tabel.naam() + "': rij " + nummer + " herhaalt rij " + eerder + " (zelfde voorwaarden en gevolg)"));
            }
        }
    }

    /** The typed value of data row {@code i} in a column, or "" when the cell is empty. */
    static String waarde(Tabelinvulling tabel, int i, Kolom kolom) {
        Waarde w = tabel.waarden().get(i).get(tabel.sjabloon().kolommen().indexOf(kolom));
        return w == null ? "" : w.tekst();
    }

    static List<String> waarden(Tabelinvulling tabel, int i, List<Kolom> kolommen) {
        return kolommen.stream().map(k -> waarde(tabel, i, k)).toList();
    }

    static List<Kolom> voorwaarden(Tabelinvulling tabel) {
        return tabel.sjabloon().kolommen().stream().filter(Kolom::isVoorwaarde).toList();
    }

    /** The result of a row: the values of its ACTION columns. */
    static List<String> gevolg(Tabelinvulling tabel, int i) {
        return waarden(tabel, i, tabel.sjabloon().kolommen().stream().filter(Kolom::isActie).toList());
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
