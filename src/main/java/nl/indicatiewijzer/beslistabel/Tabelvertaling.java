package nl.indicatiewijzer.beslistabel;

import java.util.Arrays;
import java.util.List;

/**
 * The one way a decision-table file becomes DRL: its template (the released file of the same path)
 * is read as the structure, the file itself only for the values of its data cells, and the DRL is
 * written from the two. A file that is not a readable workbook, or that differs from its template
 * anywhere but in its data cells, or whose data cells do not parse, yields its faults and no DRL.
 */
public final class Tabelvertaling {
    private Tabelvertaling() {
    }

    /** What came of one file: its DRL per sheet and its values, or the faults (then both are absent). */
    public record Uitkomst(List<Drlschrijver.Drl> drl, Invulling invulling, List<Celfout> fouten) {
        public boolean gelukt() {
            return fouten.isEmpty();
        }
    }

    /**
     * @param pad       the file's path, e.g. decision-tables/mlw-mer/percelen.drl.xlsx (its name goes into rule names)
     * @param inhoud    the bytes of the file
     * @param sjabloon  the bytes of the released file of the same path, trusted
     */
    public static Uitkomst vertaal(String pad, byte[] inhoud, byte[] sjabloon) {
        Sjabloon standaard;
        try {
            standaard = Sjabloon.van(pad, Werkmaplezer.lees(sjabloon));
        } catch (OnleesbareWerkmap e) {
            return fout(new Celfout(Celfout.Soort.STRUCTUUR, e.blad(), null, e.cel(), null,
                    "de vrijgegeven tabel (het sjabloon) is niet te lezen: " + e.getMessage()));
        } catch (OngeldigSjabloon e) {
            return fout(e.fout());
        }
        Werkmap werkmap;
        try {
            werkmap = Arrays.equals(inhoud, sjabloon) ? standaard.werkmap() : Werkmaplezer.lees(inhoud);
        } catch (OnleesbareWerkmap e) {
            return fout(new Celfout(Celfout.Soort.STRUCTUUR, e.blad(), null, e.cel(), null, e.getMessage()));
        }
        Invulling.Uitkomst invulling = Invulling.van(standaard, werkmap);
        if (!invulling.fouten().isEmpty()) {
            return new Uitkomst(List.of(), null, invulling.fouten());
        }
        return new Uitkomst(Drlschrijver.schrijf(invulling.invulling()), invulling.invulling(), List.of());
    }

    private static Uitkomst fout(Celfout fout) {
        return new Uitkomst(List.of(), null, List.of(fout));
    }
}
