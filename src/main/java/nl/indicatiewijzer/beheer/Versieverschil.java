package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.indicatiewijzer.beheer.tabel.Regeltabel;
import nl.indicatiewijzer.beheer.tabel.Tabelverschil;
import nl.indicatiewijzer.beheer.tabel.Werkmap;
import nl.indicatiewijzer.regels.Regelbestand;

/**
 * What changed from one version ({@code met}) to another: per rule table the rows added, removed and
 * changed cell by cell; other files (DRL) only as added, removed or changed.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Versieverschil(String regeling, String versie, String met, List<Tabelverschil.Verschil> tabellen,
        List<Bestandswijziging> overigeBestanden) {

    public record Bestandswijziging(String bestand, String wijziging) {
    }

    static Versieverschil tussen(String regeling, String versie, List<Regelbestand> nieuw, String met, List<Regelbestand> oud) {
        Map<String, Regelbestand> a = Regelbestand.perPad(oud);
        Map<String, Regelbestand> b = Regelbestand.perPad(nieuw);
        List<Tabelverschil.Verschil> tabellen = new ArrayList<>();
        List<Bestandswijziging> overige = new ArrayList<>();
        for (Regelbestand n : b.values()) {
            Regelbestand o = a.get(n.pad());
            if (o == null) {
                overige.add(new Bestandswijziging(n.pad(), "toegevoegd"));
            } else if (!Arrays.equals(o.inhoud(), n.inhoud())) {
                if (n.isBeslistabel() && tabelverschil(o, n, tabellen)) {
                    continue;
                }
                overige.add(new Bestandswijziging(n.pad(), "gewijzigd"));
            }
        }
        a.keySet().stream().filter(p -> !b.containsKey(p)).forEach(p -> overige.add(new Bestandswijziging(p, "verwijderd")));
        return new Versieverschil(regeling, versie, met, tabellen, overige);
    }

    /** @return false when no row differs (only notes or layout) or the tables cannot be compared row by row */
    private static boolean tabelverschil(Regelbestand oud, Regelbestand nieuw, List<Tabelverschil.Verschil> uit) {
        try {
            Werkmap a = Werkmap.lees(oud.pad(), oud.inhoud());
            Werkmap b = Werkmap.lees(nieuw.pad(), nieuw.inhoud());
            List<Tabelverschil.Verschil> verschillen = new ArrayList<>();
            for (Werkmap.Blad blad : b.bladen()) {
                Optional<Werkmap.Blad> ouder = a.blad(blad.naam());
                if (ouder.isEmpty() || ouder.get().tabellen().size() != blad.tabellen().size()) {
                    return false;
                }
                for (int t = 0; t < blad.tabellen().size(); t++) {
                    Regeltabel o = ouder.get().tabellen().get(t);
                    Tabelverschil.Verschil v = Tabelverschil.tussen(nieuw.pad(), blad.naam(), o, blad.tabellen().get(t));
                    if (!v.leeg()) {
                        verschillen.add(v);
                    }
                }
            }
            uit.addAll(verschillen);
            return !verschillen.isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

}
