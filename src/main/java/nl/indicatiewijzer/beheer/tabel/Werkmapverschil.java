package nl.indicatiewijzer.beheer.tabel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.indicatiewijzer.beslistabel.Blad;
import nl.indicatiewijzer.beslistabel.Kolom;
import nl.indicatiewijzer.beslistabel.Rij;
import nl.indicatiewijzer.beslistabel.Werkmap;

/**
 * Everything that differs between two versions of one workbook, for the colleague who activates:
 * per rule table its rows (added, removed, changed cell by cell), every other cell of every sheet
 * that changed (headings, code rows, anything beside or below the tables), and sheets added or
 * removed, with all their cells.
 */
public final class Werkmapverschil {
    private Werkmapverschil() {
    }

    /** A cell outside the data rows of the rule tables: its part of the sheet, its row in each version. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Celwijziging(String bestand, String blad, String deel, Integer rijOud, Integer rijNieuw, String kolom,
            String oud, String nieuw) {
    }

    public record Bladwijziging(String bestand, String blad, String wijziging) {
    }

    public record Uitkomst(List<Tabelverschil.Verschil> tabellen, List<Celwijziging> cellen, List<Bladwijziging> bladen) {
        public boolean leeg() {
            return tabellen.isEmpty() && cellen.isEmpty() && bladen.isEmpty();
        }

        /** Rows and cells reported. */
        public int aantal() {
            return tabellen.stream().mapToInt(Tabelverschil.Verschil::aantal).sum() + cellen.size();
        }

        /** The same, up to {@code tekens} characters of cell text: tables first, then the other cells, in order. */
        public Uitkomst ingekort(long tekens) {
            long[] over = {tekens};
            List<Tabelverschil.Verschil> t = tabellen.stream().map(v -> v.ingekort(over)).filter(v -> !v.leeg()).toList();
            List<Celwijziging> c = new ArrayList<>();
            for (Celwijziging w : cellen) {
                over[0] -= w.oud().length() + w.nieuw().length();
                if (over[0] < 0) {
                    break;
                }
                c.add(w);
            }
            return new Uitkomst(t, c, bladen);
        }
    }

    public static Uitkomst tussen(String bestand, Werkmap oud, Werkmap nieuw) {
        Uitkomst uit = new Uitkomst(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Blad b : nieuw.bladen()) {
            Optional<Blad> a = oud.blad(b.naam());
            if (a.isPresent()) {
                vergelijk(bestand, a.get(), b, uit);
            } else {
                uit.bladen().add(new Bladwijziging(bestand, b.naam(), "toegevoegd"));
                cellen(bestand, b.naam(), "nieuw blad", null, b, 1, b.rijen().size() + 1, uit);
            }
        }
        for (Blad a : oud.bladen()) {
            if (nieuw.blad(a.naam()).isEmpty()) {
                uit.bladen().add(new Bladwijziging(bestand, a.naam(), "verwijderd"));
                cellen(bestand, a.naam(), "verwijderd blad", a, null, 1, a.rijen().size() + 1, uit);
            }
        }
        return uit;
    }

    private static void vergelijk(String bestand, Blad oud, Blad nieuw, Uitkomst uit) {
        Bladindeling a = Bladindeling.van(oud);
        Bladindeling b = Bladindeling.van(nieuw);
        Bladindeling.Tabel leeg = new Bladindeling.Tabel("", 0, new Rij(0, List.of()), List.of());
        for (int t = 0; t < Math.max(a.tabellen().size(), b.tabellen().size()); t++) {
            Bladindeling.Tabel ta = t < a.tabellen().size() ? a.tabellen().get(t) : leeg;
            Bladindeling.Tabel tb = t < b.tabellen().size() ? b.tabellen().get(t) : leeg;
            Tabelverschil.Verschil v = Tabelverschil.tussen(bestand, nieuw.naam(), ta, tb);
            if (!v.leeg()) {
                uit.tabellen().add(v);
            }
        }
        for (int d = 0; d < Math.max(a.delen().size(), b.delen().size()); d++) {
            Bladindeling.Deel da = d < a.delen().size() ? a.delen().get(d) : null;
            Bladindeling.Deel db = d < b.delen().size() ? b.delen().get(d) : null;
            int lengte = Math.max(da == null ? 0 : da.tot() - da.van(), db == null ? 0 : db.tot() - db.van());
            String naam = (db != null ? db : da).naam();
            for (int o = 0; o < lengte; o++) {
                Rij ra = da != null && o < da.tot() - da.van() ? oud.rij(da.van() + o) : null;
                Rij rb = db != null && o < db.tot() - db.van() ? nieuw.rij(db.van() + o) : null;
                rij(bestand, nieuw.naam(), naam, ra, rb, uit);
            }
        }
    }

    private static void cellen(String bestand, String blad, String deel, Blad oud, Blad nieuw, int van, int tot, Uitkomst uit) {
        for (int r = van; r < tot; r++) {
            rij(bestand, blad, deel, oud == null ? null : oud.rij(r), nieuw == null ? null : nieuw.rij(r), uit);
        }
    }

    private static void rij(String bestand, String blad, String deel, Rij oud, Rij nieuw, Uitkomst uit) {
        int breedte = Math.max(oud == null ? 0 : oud.cellen().size(), nieuw == null ? 0 : nieuw.cellen().size());
        for (int k = 0; k < breedte; k++) {
            String was = oud == null ? "" : oud.cel(k).tekst();
            String is = nieuw == null ? "" : nieuw.cel(k).tekst();
            if (!was.equals(is)) {
                uit.cellen().add(new Celwijziging(bestand, blad, deel, oud == null ? null : oud.nummer(),
                        nieuw == null ? null : nieuw.nummer(), Kolom.letter(k), was, is));
            }
        }
    }
}
