package nl.indicatiewijzer.beheer.tabel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.indicatiewijzer.beheer.Bevinding;

/**
 * Uploaded tables are code once compiled, so a data cell may hold only a value of its column's type:
 * text (no quote or backslash), a number, true/false, or a constant of the column's enum type. A
 * formula, an expression or a second line is refused before anything is compiled.
 */
public final class Celcontrole {
    private static final Pattern GETAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern KOMMAGETAL = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern CONSTANTE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private Celcontrole() {
    }

    /** @param actief the same sheet in the active version: its values tell which columns hold numbers */
    public static List<Bevinding> controleer(String pad, Werkmap.Blad blad, Werkmap.Blad actief) {
        List<Bevinding> fouten = new ArrayList<>();
        for (int t = 0; t < blad.tabellen().size(); t++) {
            Regeltabel tabel = blad.tabellen().get(t);
            Regeltabel oud = actief == null || t >= actief.tabellen().size() ? tabel : actief.tabellen().get(t);
            for (Kolom kolom : tabel.kolommen()) {
                Soort soort = soort(kolom, oud);
                for (Werkmap.Rij rij : tabel.rijen()) {
                    Cel cel = rij.cel(kolom.index());
                    String fout = cel.leeg() ? null : fout(cel, soort, kolom, blad.imports());
                    if (fout != null) {
                        fouten.add(Bevinding.cel(Bevinding.Soort.CELWAARDE, pad, blad.naam(), rij.nummer(), kolom.letter(),
                                cel.tekst(), "kolom " + kolom.naam() + ": " + fout));
                    }
                }
            }
        }
        return fouten;
    }

    private enum Soort { TEKST, METATEKST, GETAL, JA_NEE, ENUM, WAARDE }

    private static Soort soort(Kolom kolom, Regeltabel actief) {
        if (kolom.isTekst()) {
            return kolom.soort().startsWith("METADATA") ? Soort.METATEKST : Soort.TEKST;
        }
        if (kolom.enumType() != null) {
            return Soort.ENUM;
        }
        List<String> waarden = actief.rijen().stream().map(r -> r.cel(kolom.index()).tekst()).filter(w -> !w.isEmpty()).toList();
        if (!waarden.isEmpty() && waarden.stream().allMatch(w -> GETAL.matcher(w).matches())) {
            return Soort.GETAL;
        }
        if (!waarden.isEmpty() && waarden.stream().allMatch(w -> w.equals("true") || w.equals("false"))) {
            return Soort.JA_NEE;
        }
        return Soort.WAARDE;
    }

    private static String fout(Cel cel, Soort soort, Kolom kolom, List<String> imports) {
        String w = cel.tekst();
        if (cel.formule()) {
            return "de cel bevat een formule (" + w + "); typ de waarde zelf in";
        }
        if (w.contains("\n") || w.contains("\r")) {
            return "de cel bevat meer dan één regel; zet alles op één regel";
        }
        return switch (soort) {
            case TEKST -> w.contains("\"") || w.contains("\\")
                    ? "een tekstcel mag geen \" of \\ bevatten (gebruik ‘ ’ of laat ze weg)" : null;
            case METATEKST -> w.contains("\")") || w.contains("\\") || !haakjesKloppen(w)
                    ? "in deze tekst moeten de haakjes kloppen en mag geen \") of \\ staan" : null;
            case GETAL -> GETAL.matcher(w).matches() ? null : KOMMAGETAL.matcher(w).matches()
                    ? "gebruik een punt als decimaalteken (bijvoorbeeld 2.5)" : "hier hoort een getal, geen '" + w + "'";
            case JA_NEE -> w.equals("true") || w.equals("false") ? null : "hier hoort true of false";
            case ENUM -> enumfout(w, Enumtype.constanten(kolom.enumType(), imports));
            case WAARDE -> GETAL.matcher(w).matches() || CONSTANTE.matcher(w).matches() || w.equals("true") || w.equals("false")
                    ? null : "hier hoort één waarde (een getal, true/false of een code in hoofdletters), geen uitdrukking";
        };
    }

    /** The justification text may quote the catalogue ("..."), but it may not close its annotation early. */
    private static boolean haakjesKloppen(String tekst) {
        int diepte = 0;
        for (char c : tekst.toCharArray()) {
            diepte += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (diepte < 0) {
                return false;
            }
        }
        return diepte == 0;
    }

    private static String enumfout(String waarde, List<String> constanten) {
        if (!CONSTANTE.matcher(waarde).matches()) {
            return "hier hoort één code in hoofdletters" + (constanten.isEmpty() ? "" : " (" + String.join(", ", constanten) + ")");
        }
        return constanten.isEmpty() || constanten.contains(waarde) ? null
                : "onbekende code '" + waarde + "'; toegestaan zijn " + String.join(", ", constanten);
    }
}
