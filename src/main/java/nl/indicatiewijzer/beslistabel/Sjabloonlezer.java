package nl.indicatiewijzer.beslistabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.indicatiewijzer.beslistabel.Sjabloon.Bladsjabloon;
import nl.indicatiewijzer.beslistabel.Sjabloon.Kop;
import nl.indicatiewijzer.beslistabel.Sjabloon.Tabelsjabloon;

/**
 * Reads a released workbook as a template, in the layout of Drools' decision tables: keyword rows
 * above the first RuleTable, then per table a RuleTable row, a CONDITION/ACTION/METADATA row, an
 * object row, a code row and a label row, its columns running to the first empty kind cell, its data
 * rows to the first empty row. Anything this generator does not support is refused here, not guessed.
 */
final class Sjabloonlezer {
    private Sjabloonlezer() {
    }

    static Sjabloon lees(String pad, Werkmap werkmap) throws OngeldigSjabloon {
        List<Bladsjabloon> bladen = new ArrayList<>();
        for (Blad blad : werkmap.bladen()) {
            List<Tabelsjabloon> tabellen = new ArrayList<>();
            int r = 1;
            while ((r = volgendeTabel(blad, r)) > 0) {
                Tabelsjabloon tabel = tabel(blad, r);
                tabellen.add(tabel);
                r = tabel.rij() + Tabelsjabloon.KOPRIJEN + tabel.rijen().size();
                alleenLegeRijen(blad, r, volgendeTabel(blad, r));
            }
            Kop kop = kop(blad, tabellen.isEmpty() ? blad.rijen().size() + 1 : tabellen.get(0).rij(), tabellen.isEmpty());
            Bladsjabloon sjabloon = new Bladsjabloon(blad, kop, List.of());
            bladen.add(new Bladsjabloon(blad, kop, typeer(sjabloon, tabellen)));
        }
        return new Sjabloon(pad, bladen, werkmap.namen());
    }

    static boolean isTabelbegin(Cel cel) {
        String t = cel.tekst().strip().toLowerCase(Locale.ROOT);
        return cel.soort() == Cel.Soort.TEKST && (t.equals("ruletable") || t.startsWith("ruletable "));
    }

    /** The row of the next RuleTable cell from row {@code vanaf}, or -1; other cells in between are refused. */
    private static int volgendeTabel(Blad blad, int vanaf) throws OngeldigSjabloon {
        for (int r = vanaf; r <= blad.rijen().size(); r++) {
            Rij rij = blad.rij(r);
            for (int k = 0; k < rij.cellen().size(); k++) {
                if (isTabelbegin(rij.cel(k))) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** Between and below the tables of a template only empty rows: that is what an upload is held to. */
    private static void alleenLegeRijen(Blad blad, int van, int tot) throws OngeldigSjabloon {
        for (int r = van; r < (tot < 0 ? blad.rijen().size() + 1 : tot); r++) {
            Rij rij = blad.rij(r);
            for (int k = 0; k < rij.cellen().size(); k++) {
                if (!rij.cel(k).leeg()) {
                    throw fout(blad, r, k, "tussen en onder de tabellen horen alleen lege rijen");
                }
            }
        }
    }

    private static Tabelsjabloon tabel(Blad blad, int r) throws OngeldigSjabloon {
        Rij naamrij = blad.rij(r);
        int begin = 0;
        while (!isTabelbegin(naamrij.cel(begin))) {
            begin++;
        }
        String naam = naamrij.cel(begin).tekst().strip().substring("RuleTable".length()).strip();
        if (naam.isEmpty()) {
            throw fout(blad, r, begin, "een RuleTable heeft een naam nodig");
        }
        List<Rij> kop = new ArrayList<>();
        for (int i = 0; i < Tabelsjabloon.KOPRIJEN; i++) {
            kop.add(blad.rij(r + i));
        }
        List<Kolom> kolommen = new ArrayList<>();
        for (int k = begin; !kop.get(1).cel(k).leeg(); k++) {
            kolommen.add(Kolomherkenning.kolom(blad.naam(), r, k, kop));
        }
        if (kolommen.isEmpty()) {
            throw fout(blad, r + 1, begin, "de tabel '" + naam + "' heeft geen CONDITION- of ACTION-kolommen");
        }
        List<Rij> rijen = new ArrayList<>();
        for (int d = r + Tabelsjabloon.KOPRIJEN; d <= blad.rijen().size() && !blad.rij(d).leeg(); d++) {
            rijen.add(blad.rij(d));
        }
        return new Tabelsjabloon(naam, r, begin, List.copyOf(kop), kolommen, List.copyOf(rijen));
    }

    private static List<Tabelsjabloon> typeer(Bladsjabloon blad, List<Tabelsjabloon> tabellen) throws OngeldigSjabloon {
        List<Tabelsjabloon> getypeerd = new ArrayList<>();
        for (Tabelsjabloon t : tabellen) {
            List<Kolom> kolommen = new ArrayList<>();
            for (Kolom k : t.kolommen()) {
                kolommen.add(Kolomherkenning.metType(blad.naam(), t, k, blad.kop().imports()));
            }
            getypeerd.add(new Tabelsjabloon(t.naam(), t.rij(), t.beginkolom(), t.kop(), List.copyOf(kolommen), t.rijen()));
        }
        return List.copyOf(getypeerd);
    }

    private static Kop kop(Blad blad, int totRij, boolean zonderTabellen) throws OngeldigSjabloon {
        String pakket = null;
        List<String> imports = new ArrayList<>();
        List<String> globals = new ArrayList<>();
        Integer prioriteit = null;
        boolean geenLus = false;
        for (int r = 1; r < totRij; r++) {
            Rij rij = blad.rij(r);
            String sleutel = rij.cel(0).tekst().strip();
            String waarde = rij.cel(1).tekst().strip();
            if (rij.leeg() || zonderTabellen) {
                continue;
            }
            switch (sleutel.toLowerCase(Locale.ROOT)) {
                case "ruleset" -> pakket = waarde;
                case "import" -> imports.addAll(lijst(waarde));
                case "variables" -> globals.addAll(lijst(waarde));
                case "priority" -> prioriteit = geheel(blad, r, waarde);
                case "no-loop" -> geenLus = Boolean.parseBoolean(waarde);
                case "notes" -> {
                }
                default -> throw fout(blad, r, 0, "het sleutelwoord '" + sleutel + "' wordt niet ondersteund "
                        + "(wel: RuleSet, Import, Variables, Notes, PRIORITY, NO-LOOP)");
            }
            for (int k = 2; k < rij.cellen().size(); k++) {
                if (!rij.cel(k).leeg()) {
                    throw fout(blad, r, k, "naast een sleutelwoord en zijn waarde hoort niets te staan");
                }
            }
        }
        if (pakket == null && !zonderTabellen) {
            throw fout(blad, 1, 0, "het blad noemt geen RuleSet (het DRL-pakket)");
        }
        return new Kop(pakket, List.copyOf(imports), List.copyOf(globals), prioriteit, geenLus);
    }

    private static List<String> lijst(String waarde) {
        return waarde.isEmpty() ? List.of() : List.of(waarde.split("\\s*,\\s*"));
    }

    private static Integer geheel(Blad blad, int r, String waarde) throws OngeldigSjabloon {
        try {
            return Integer.valueOf(new java.math.BigDecimal(waarde).intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw fout(blad, r, 1, "PRIORITY moet een geheel getal zijn");
        }
    }

    static OngeldigSjabloon fout(Blad blad, int rij, int kolom, String melding) {
        return new OngeldigSjabloon(Celfout.structuur(blad.naam(), rij, kolom, blad.rij(rij).cel(kolom), melding));
    }
}
