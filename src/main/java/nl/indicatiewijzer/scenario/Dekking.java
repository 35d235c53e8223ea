package nl.indicatiewijzer.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.beslistabel.Drlschrijver;
import nl.indicatiewijzer.beslistabel.Invulling;
import nl.indicatiewijzer.beslistabel.Tabelvertaling;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.Vuurtelling;

/**
 * What a version's scenario cases test: per rule written in DRL and per row of a decision table how
 * often it fired over all the regeling's cases (0: no case reaches it). A table row is named as the
 * validation report names a cell: file, sheet and row as Excel shows them.
 */
@JsonPropertyOrder({"regeling", "versie", "gevallen", "regelsGevuurd", "regelsTotaal", "tabelrijenGevuurd", "tabelrijenTotaal",
    "regels", "tabelrijen"})
public record Dekking(String regeling, String versie, int gevallen, int regelsGevuurd, int regelsTotaal, int tabelrijenGevuurd,
        int tabelrijenTotaal, List<Regel> regels, List<Tabelrij> tabelrijen) {

    /** A rule written in DRL, by the file it is in and its name. */
    public record Regel(String regelbestand, String naam, int aantal) {
    }

    /** One data row of a rule table. */
    @JsonPropertyOrder({"bestand", "blad", "tabel", "rij", "aantal"})
    public record Tabelrij(String bestand, String blad, String tabel, int rij, int aantal) {
    }

    /** The row of a table file's sheet, or null when the version has no such data row. */
    public Tabelrij tabelrij(String bestand, String blad, int rij) {
        return tabelrijen.stream().filter(r -> r.bestand().equals(bestand) && r.blad().equals(blad) && r.rij() == rij)
                .findFirst().orElse(null);
    }

    /** The coverage of {@code regelset} after {@code gevallen} cases were counted in {@code telling}. */
    public static Dekking van(Regelset regelset, int gevallen, Vuurtelling telling) {
        List<Vuurtelling.Regeltelling> alle = telling.regels(regelset);
        List<Regel> regels = alle.stream().filter(r -> r.beslistabel() == null)
                .map(r -> new Regel(r.regelbestand(), r.naam(), r.aantal())).toList();
        List<Tabelrij> rijen = new ArrayList<>();
        Map<String, Regelbestand> sjablonen = Regelbestand.perPad(regelset.sjablonen());
        for (Regelbestand tabel : regelset.bestanden()) {
            Regelbestand sjabloon = sjablonen.get(tabel.pad());
            if (!tabel.isBeslistabel() || sjabloon == null) {
                continue;
            }
            Tabelvertaling.Uitkomst vertaling = Tabelvertaling.vertaal(tabel.pad(), tabel.inhoud(), sjabloon.inhoud());
            if (!vertaling.gelukt()) {
                continue;
            }
            Invulling invulling = vertaling.invulling();
            for (Invulling.Bladinvulling blad : invulling.bladen()) {
                String pakket = blad.sjabloon().kop().pakket();
                for (Invulling.Tabelinvulling t : blad.tabellen()) {
                    t.rijen().forEach(rij -> rijen.add(new Tabelrij(tabel.pad(), blad.sjabloon().naam(), t.naam(), rij.nummer(),
                            telling.aantal(pakket, Drlschrijver.regelnaam(t.naam(), invulling.sjabloon().naam(), rij.nummer())))));
                }
            }
        }
        return new Dekking(regelset.regeling().code(), regelset.versie(), gevallen,
                (int) regels.stream().filter(r -> r.aantal() > 0).count(), regels.size(),
                (int) rijen.stream().filter(r -> r.aantal() > 0).count(), rijen.size(), regels, List.copyOf(rijen));
    }
}
