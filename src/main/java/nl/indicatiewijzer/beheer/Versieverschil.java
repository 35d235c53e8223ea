package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beheer.tabel.Tabelverschil;
import nl.indicatiewijzer.beheer.tabel.Werkmapverschil;
import nl.indicatiewijzer.beslistabel.OnleesbareWerkmap;
import nl.indicatiewijzer.beslistabel.Werkmaplezer;
import nl.indicatiewijzer.regels.Regelbestand;

/**
 * What changed from one version ({@code met}) to another, so the colleague who activates sees all of
 * it: per rule table the rows added, removed and changed cell by cell; every other changed cell of
 * every sheet; sheets added or removed; the example cases added, removed or changed; other files
 * (DRL, an unreadable workbook) as added, removed or changed. At most {@link #MAXIMALE_TEKENS} of
 * text; {@code nietGetoond} counts what did not fit.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Versieverschil(String regeling, String versie, String met, List<Tabelverschil.Verschil> tabellen,
        List<Werkmapverschil.Celwijziging> cellen, List<Werkmapverschil.Bladwijziging> bladen,
        List<Scenarioverschil.Wijziging> scenarios, List<Bestandswijziging> overigeBestanden, Integer nietGetoond) {
    /** At most this much cell text in one answer; a workbook can hold 80 million characters, a page should not. */
    static final int MAXIMALE_TEKENS = 1_000_000;

    public record Bestandswijziging(String bestand, String wijziging) {
    }

    /** The two versions: their files and the scenario files they were checked with. */
    record Kant(String versie, List<Regelbestand> bestanden, List<Regelbestand> scenarios) {
    }

    static Versieverschil tussen(String regeling, Kant nieuweKant, Kant oudeKant) {
        return tussen(regeling, nieuweKant, oudeKant, MAXIMALE_TEKENS);
    }

    /** With at most {@code maximaleTekens} of cell and case text; {@link Long#MAX_VALUE} for all of it (to count). */
    static Versieverschil tussen(String regeling, Kant nieuweKant, Kant oudeKant, long maximaleTekens) {
        String versie = nieuweKant.versie();
        String met = oudeKant.versie();
        List<Regelbestand> nieuw = nieuweKant.bestanden();
        List<Regelbestand> oud = oudeKant.bestanden();
        Map<String, Regelbestand> a = Regelbestand.perPad(oud);
        Map<String, Regelbestand> b = Regelbestand.perPad(nieuw);
        Werkmapverschil.Uitkomst werkmappen = new Werkmapverschil.Uitkomst(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Bestandswijziging> overige = new ArrayList<>();
        for (Regelbestand n : b.values()) {
            Regelbestand o = a.get(n.pad());
            if (o == null) {
                overige.add(new Bestandswijziging(n.pad(), "toegevoegd"));
            } else if (!Arrays.equals(o.inhoud(), n.inhoud()) && !(n.isBeslistabel() && werkmapverschil(o, n, werkmappen))) {
                overige.add(new Bestandswijziging(n.pad(), "gewijzigd"));
            }
        }
        a.keySet().stream().filter(p -> !b.containsKey(p)).forEach(p -> overige.add(new Bestandswijziging(p, "verwijderd")));
        Werkmapverschil.Uitkomst getoond = werkmappen.ingekort(maximaleTekens);
        List<Scenarioverschil.Wijziging> gevallen = Scenarioverschil.tussen(oudeKant.scenarios(), nieuweKant.scenarios());
        List<Scenarioverschil.Wijziging> gevallenGetoond = new ArrayList<>();
        long over = maximaleTekens;
        for (Scenarioverschil.Wijziging w : gevallen) {
            over -= w.tekens();
            if (over < 0) {
                break;
            }
            gevallenGetoond.add(w);
        }
        int weg = werkmappen.aantal() - getoond.aantal() + gevallen.size() - gevallenGetoond.size();
        return new Versieverschil(regeling, versie, met, getoond.tabellen(), getoond.cellen(), getoond.bladen(), gevallenGetoond,
                overige, weg == 0 ? null : weg);
    }

    /** @return false when no cell differs (only layout) or a workbook cannot be read */
    private static boolean werkmapverschil(Regelbestand oud, Regelbestand nieuw, Werkmapverschil.Uitkomst uit) {
        try {
            Werkmapverschil.Uitkomst v = Werkmapverschil.tussen(nieuw.pad(), Werkmaplezer.lees(oud.inhoud()), Werkmaplezer.lees(nieuw.inhoud()));
            uit.tabellen().addAll(v.tabellen());
            uit.cellen().addAll(v.cellen());
            uit.bladen().addAll(v.bladen());
            return !v.leeg();
        } catch (OnleesbareWerkmap e) {
            return false;
        }
    }
}
