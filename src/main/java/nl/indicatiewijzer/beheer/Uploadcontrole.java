package nl.indicatiewijzer.beheer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/**
 * Uploads are hostile input until shown otherwise. Before POI or YAML sees a byte: file names, count
 * and sizes are checked (413 when too large), and a workbook is unpacked with limits on its entries,
 * their unpacked size and compression ratio (zip bombs) and without any DTD or entity (XML bombs).
 */
public final class Uploadcontrole {
    static final int MAXIMAAL_BESTANDEN = 30;
    static final long MAXIMAAL_WERKMAP = 5L * 1024 * 1024;
    static final long MAXIMAAL_SCENARIOBESTAND = 1024 * 1024;
    private static final long MAXIMAAL_UITGEPAKT = 50L * 1024 * 1024;
    private static final int MAXIMAAL_ONDERDELEN = 1000;
    private static final long MAXIMALE_VERHOUDING = 100;

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

    /** Why a workbook may not be opened, or null when it may. */
    static String werkmapfout(byte[] inhoud) {
        long totaal = 0;
        int onderdelen = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(inhoud), StandardCharsets.UTF_8)) {
            ZipEntry onderdeel;
            while ((onderdeel = zip.getNextEntry()) != null) {
                if (++onderdelen > MAXIMAAL_ONDERDELEN) {
                    return "het bestand bevat te veel onderdelen om een beslistabel te zijn";
                }
                long uitgepakt = 0;
                boolean xml = onderdeel.getName().endsWith(".xml") || onderdeel.getName().endsWith(".rels");
                StringBuilder begin = new StringBuilder();
                int gelezen;
                while ((gelezen = zip.read(buffer)) > 0) {
                    uitgepakt += gelezen;
                    totaal += gelezen;
                    if (totaal > MAXIMAAL_UITGEPAKT || uitgepakt > 1024 * 1024 && uitgepakt > MAXIMALE_VERHOUDING * inhoud.length) {
                        return "het bestand pakt uit tot veel meer dan een beslistabel kan zijn (zipbom?)";
                    }
                    if (xml && begin.length() < 4096) {
                        begin.append(new String(buffer, 0, gelezen, StandardCharsets.ISO_8859_1));
                    }
                }
                if (xml && (begin.indexOf("<!DOCTYPE") >= 0 || begin.indexOf("<!ENTITY") >= 0)) {
                    return "het bestand bevat XML met een DTD of entiteiten; dat maakt Excel nooit";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return "het bestand is geen geldige Excel-werkmap (.xlsx): het is beschadigd of geen zip-bestand";
        }
        return onderdelen == 0 ? "het bestand is geen Excel-werkmap (.xlsx); sla het op als Excel-werkmap" : null;
    }

    static OngeldigVerzoekException ongeldig(String veld, String reden) {
        return new OngeldigVerzoekException(List.of(new OngeldigeParameter(veld, reden)));
    }
}
