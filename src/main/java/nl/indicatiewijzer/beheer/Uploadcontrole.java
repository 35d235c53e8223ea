package nl.indicatiewijzer.beheer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.indicatiewijzer.beslistabel.OnleesbareWerkmap;
import nl.indicatiewijzer.beslistabel.Werkmaplezer;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/**
 * Uploads are hostile input until shown otherwise: file names, count and sizes are checked (413 when
 * too large), and each workbook must pass the one reader of workbooks ({@link Werkmaplezer}), which
 * holds its limits while it unpacks (zip and XML bombs, too many rows, cells or strings, macros,
 * external links). A workbook it refuses is a 400 and nothing is stored.
 */
public final class Uploadcontrole {
    static final int MAXIMAAL_BESTANDEN = 30;
    static final long MAXIMAAL_WERKMAP = 5L * 1024 * 1024;
    static final long MAXIMAAL_SCENARIOBESTAND = 1024 * 1024;

    private Uploadcontrole() {
    }

    public static void controleer(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw ongeldig("bestanden", "stuur een of meer beslistabellen (.drl.xlsx) en eventueel scenariobestanden (.yaml) als multipart/form-data");
        }
        if (uploads.size() > MAXIMAAL_BESTANDEN) {
            throw new NietBeschikbaarException(413, "Te veel bestanden", "Stuur ten hoogste " + MAXIMAAL_BESTANDEN + " bestanden tegelijk.");
        }
        List<OngeldigeParameter> fouten = new ArrayList<>();
        Set<String> namen = new HashSet<>();
        for (Upload u : uploads) {
            if (u.naam() == null || !u.naam().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") || !(u.isBeslistabel() || u.isScenariobestand())) {
                fouten.add(new OngeldigeParameter("bestanden", "'" + u.naam() + "': alleen beslistabellen (naam.drl.xlsx) en "
                        + "scenariobestanden (naam.yaml), met letters, cijfers, punt, streepje of liggend streepje in de naam"));
                continue;
            }
            if (!namen.add(u.naam())) {
                fouten.add(new OngeldigeParameter("bestanden", "'" + u.naam() + "' is twee keer meegestuurd"));
                continue;
            }
            long grens = u.isBeslistabel() ? MAXIMAAL_WERKMAP : MAXIMAAL_SCENARIOBESTAND;
            if (u.inhoud().length > grens) {
                throw new NietBeschikbaarException(413, "Bestand te groot", "'" + u.naam() + "' is groter dan "
                        + grens / 1024 + " kB.");
            }
            if (u.isBeslistabel()) {
                String fout = werkmapfout(u.inhoud());
                if (fout != null) {
                    fouten.add(new OngeldigeParameter("bestanden", "'" + u.naam() + "': " + fout));
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
    }

    /** Why a workbook is refused before any of its cells is looked at, or null (the one reader, with its limits). */
    static String werkmapfout(byte[] inhoud) {
        try {
            Werkmaplezer.lees(inhoud);
            return null;
        } catch (OnleesbareWerkmap e) {
            return e.getMessage();
        }
    }

    static OngeldigVerzoekException ongeldig(String veld, String reden) {
        return new OngeldigVerzoekException(List.of(new OngeldigeParameter(veld, reden)));
    }
}
