package nl.indicatiewijzer.beheer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beslistabel.Werkmaptekst;
import nl.indicatiewijzer.beheer.tabel.Tabelverschil;
import nl.indicatiewijzer.beheer.tabel.Werkmapverschil;

/**
 * One line that says what a version changed against the one it was based on, counted from the
 * row-level difference ({@link Versieverschil}), e.g. "producten: 2 rijen gewijzigd, 1 toegevoegd;
 * voorbeeldgevallen: 1 toegevoegd". Per table file: rows changed, added and removed, other cells,
 * sheets added or removed; then the example cases and any other file.
 */
final class Wijzigingen {
    static final int MAXIMAAL = 500;
    static final String GEEN = "geen wijzigingen in tabellen of voorbeeldgevallen";

    private Wijzigingen() {
    }

    static String van(Versieverschil verschil) {
        Map<String, Telling> perBestand = new LinkedHashMap<>();
        for (Tabelverschil.Verschil t : lijst(verschil.tabellen())) {
            Telling n = perBestand.computeIfAbsent(naam(t.bestand()), k -> new Telling());
            n.gewijzigd += t.gewijzigd().size();
            n.toegevoegd += t.toegevoegd().size();
            n.verwijderd += t.verwijderd().size();
        }
        for (Werkmapverschil.Celwijziging c : lijst(verschil.cellen())) {
            perBestand.computeIfAbsent(naam(c.bestand()), k -> new Telling()).cellen++;
        }
        for (Werkmapverschil.Bladwijziging b : lijst(verschil.bladen())) {
            perBestand.computeIfAbsent(naam(b.bestand()), k -> new Telling()).bladen
                    .add("blad '" + Werkmaptekst.zichtbaar(b.blad()) + "' " + b.wijziging());
        }
        List<String> delen = new ArrayList<>();
        perBestand.forEach((naam, t) -> delen.add(naam + ": " + t));
        Map<String, Integer> gevallen = new LinkedHashMap<>();
        lijst(verschil.scenarios()).forEach(w -> gevallen.merge(w.wijziging(), 1, Integer::sum));
        if (!gevallen.isEmpty()) {
            List<String> g = new ArrayList<>();
            gevallen.forEach((wijziging, aantal) -> g.add(aantal + " " + wijziging));
            delen.add("voorbeeldgevallen: " + String.join(", ", g));
        }
        lijst(verschil.overigeBestanden()).forEach(b -> delen.add(naam(b.bestand()) + ": " + b.wijziging()));
        String regel = delen.isEmpty() ? GEEN : String.join("; ", delen);
        if (regel.length() <= MAXIMAAL) {
            return regel;
        }
        int eind = Character.isHighSurrogate(regel.charAt(MAXIMAAL - 2)) ? MAXIMAAL - 2 : MAXIMAAL - 1;
        return regel.substring(0, eind) + "…";
    }

    /** The table's name as policy staff know it: the file name without folder and extension. */
    private static String naam(String pad) {
        String naam = pad.substring(pad.lastIndexOf('/') + 1);
        return naam.endsWith(".drl.xlsx") ? naam.substring(0, naam.length() - ".drl.xlsx".length()) : naam;
    }

    private static <T> List<T> lijst(List<T> lijst) {
        return lijst == null ? List.of() : lijst;
    }

    private static final class Telling {
        int gewijzigd;
        int toegevoegd;
        int verwijderd;
        int cellen;
        final List<String> bladen = new ArrayList<>();

        @Override
        public String toString() {
            List<String> rijen = new ArrayList<>();
            rijen(rijen, gewijzigd, "gewijzigd");
            rijen(rijen, toegevoegd, "toegevoegd");
            rijen(rijen, verwijderd, "verwijderd");
            List<String> delen = new ArrayList<>();
            if (!rijen.isEmpty()) {
                delen.add(String.join(", ", rijen));
            }
            if (cellen > 0) {
                delen.add(cellen + (cellen == 1 ? " andere cel" : " andere cellen") + " gewijzigd");
            }
            delen.addAll(bladen);
            return String.join(", ", delen);
        }

        /** "2 rijen gewijzigd, 1 toegevoegd": the first count names the rows. */
        private static void rijen(List<String> uit, int aantal, String wat) {
            if (aantal > 0) {
                uit.add(aantal + (uit.isEmpty() ? aantal == 1 ? " rij " : " rijen " : " ") + wat);
            }
        }
    }
}
