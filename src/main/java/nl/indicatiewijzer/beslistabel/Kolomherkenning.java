package nl.indicatiewijzer.beslistabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indicatiewijzer.beslistabel.Sjabloon.Tabelsjabloon;

/**
 * Tells from a template column's heading what it is and what it takes. The code forms the generator
 * supports: {@code name("$param")} for METADATA (an annotation), a comment {@code // ... $param}, and
 * code with {@code "$param"} (text or a date), {@code Type.$param} (an enum constant) or a bare
 * {@code $param} (a number or true/false, as the released values show).
 */
final class Kolomherkenning {
    private static final Pattern ANNOTATIE = Pattern.compile("[a-z]\\w*\\(\"\\$param\"\\)");
    private static final Pattern OBJECT = Pattern.compile("(\\$\\w+\\s*:\\s*)?[A-Za-z_][\\w.]*");
    private static final Pattern CONSTANTE_VAN = Pattern.compile("\\b([A-Z]\\w*)\\.\\$param\\b");
    private static final Pattern ANDERE_PLEK = Pattern.compile("\\$(\\d|\\{|forall)");
    private static final List<String> JA_NEE = List.of("ja", "nee");
    /** The kinds of justification line an advice has (regels.Regelspoor): a row of another kind would vanish from it. */
    static final List<String> SOORTEN = List.of("motivering", "afgewezen", "waarschuwing");

    private Kolomherkenning() {
    }

    static Kolom kolom(String blad, int r, int k, List<Rij> kop) throws OngeldigSjabloon {
        String soort = kop.get(1).cel(k).tekst().strip().toUpperCase(Locale.ROOT);
        String object = kop.get(2).cel(k).tekst().strip();
        String code = kop.get(3).cel(k).tekst().strip();
        String label = kop.get(4).cel(k).tekst().strip();
        Kolom.Soort s;
        try {
            s = Kolom.Soort.valueOf(soort);
        } catch (IllegalArgumentException e) {
            throw fout(blad, r + 1, k, kop.get(1).cel(k), "de kolomsoort '" + soort + "' wordt niet ondersteund (wel: CONDITION, ACTION, METADATA)");
        }
        if (!object.isEmpty() && (s != Kolom.Soort.CONDITION || !OBJECT.matcher(object).matches() || code.startsWith("//"))) {
            throw fout(blad, r + 2, k, kop.get(2).cel(k), "een object (Type of $var : Type) staat alleen boven een CONDITION met code");
        }
        if (!code.contains("$param") || ANDERE_PLEK.matcher(code).find() || code.contains("\n")) {
            throw fout(blad, r + 3, k, kop.get(3).cel(k), "de code van een kolom bevat $param (en geen $1, ${...} of forall), op één regel");
        }
        if (s == Kolom.Soort.METADATA && !ANNOTATIE.matcher(code).matches()) {
            throw fout(blad, r + 3, k, kop.get(3).cel(k), "een METADATA-kolom heeft de vorm naam(\"$param\")");
        }
        boolean kaal = code.replace("\"$param\"", "").contains("$param");
        if (code.contains("\"$param\"") && kaal && !code.startsWith("//")) {
            throw fout(blad, r + 3, k, kop.get(3).cel(k), "$param staat in deze code zowel tussen aanhalingstekens als zonder");
        }
        if (label.isEmpty()) {
            throw fout(blad, r + 4, k, kop.get(4).cel(k), "elke kolom heeft een label voor de beleidsmedewerker");
        }
        return new Kolom(k, s, object, code, label, null);
    }

    /** The column with its type: from the code, and for a bare $param or a text column from the released values. */
    static Kolom metType(String blad, Tabelsjabloon tabel, Kolom k, List<String> imports) throws OngeldigSjabloon {
        List<Cel> waarden = new ArrayList<>();
        tabel.rijen().forEach(r -> {
            if (!r.cel(k.index()).leeg()) {
                waarden.add(r.cel(k.index()));
            }
        });
        Kolomtype type;
        Matcher constante = CONSTANTE_VAN.matcher(k.code());
        if (k.code().startsWith("//")) {
            type = Kolomtype.tekst();
        } else if (k.code().contains("\"$param\"")) {
            type = tekstsoort(k, waarden);
        } else if (constante.find()) {
            List<String> constanten = Enumtype.constanten(constante.group(1), imports);
            if (constanten.isEmpty()) {
                throw fout(blad, tabel.rij() + 3, k.index(), tabel.kop().get(3).cel(k.index()),
                        "het type " + constante.group(1) + " is geen enum onder de imports van dit blad");
            }
            type = Kolomtype.code(constanten);
        } else if (!waarden.isEmpty() && waarden.stream().allMatch(Kolomherkenning::isJaNee)) {
            type = Kolomtype.jaNee();
        } else if (!waarden.isEmpty() && waarden.stream().allMatch(c -> getal(c) != null)) {
            boolean geheel = waarden.stream().allMatch(c -> getal(c).stripTrailingZeros().scale() <= 0);
            boolean negatief = waarden.stream().anyMatch(c -> getal(c).signum() < 0);
            type = Kolomtype.getal(geheel, negatief ? -Kolomtype.GROOTSTE : 0, false);
        } else {
            throw fout(blad, tabel.rij() + 3, k.index(), tabel.kop().get(3).cel(k.index()), "kolom " + k.naam()
                    + ": uit de vrijgegeven waarden is niet af te leiden of hier een getal of true/false hoort");
        }
        return new Kolom(k.index(), k.soort(), k.object(), k.code(), k.label(), type);
    }

    /**
     * What a value between quotes must be: a setter that parses it (a date, an amount, ja/nee) fails
     * on anything else when the rule fires, so a column whose released values are all dates, all
     * numbers or all ja/nee takes only those; the kind of a justification line is one the advice knows.
     */
    private static Kolomtype tekstsoort(Kolom k, List<Cel> waarden) {
        if (k.isMetadata() && k.code().startsWith("soort(")) {
            return Kolomtype.keuze(SOORTEN);
        }
        if (waarden.isEmpty()) {
            return Kolomtype.tekst();
        }
        if (waarden.stream().allMatch(Kolomherkenning::isDatum)) {
            return Kolomtype.datum();
        }
        if (waarden.stream().allMatch(c -> getal(c) != null)) {
            return Kolomtype.getal(waarden.stream().allMatch(c -> getal(c).stripTrailingZeros().scale() <= 0),
                    waarden.stream().anyMatch(c -> getal(c).signum() < 0) ? -Kolomtype.GROOTSTE : 0, true);
        }
        if (waarden.stream().allMatch(c -> JA_NEE.contains(c.tekst().strip().toLowerCase(Locale.ROOT)))) {
            return Kolomtype.keuze(JA_NEE);
        }
        return Kolomtype.tekst();
    }

    private static boolean isDatum(Cel c) {
        return c.soort() == Cel.Soort.DATUM || c.soort() == Cel.Soort.TEKST && c.tekst().strip().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static boolean isJaNee(Cel c) {
        String t = c.tekst().strip();
        return c.soort() == Cel.Soort.JA_NEE || t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false");
    }

    private static java.math.BigDecimal getal(Cel c) {
        if (c.soort() == Cel.Soort.GETAL) {
            return c.getal();
        }
        String t = c.tekst().strip();
        return c.soort() == Cel.Soort.TEKST && t.matches("-?\\d+(\\.\\d+)?") ? new java.math.BigDecimal(t) : null;
    }

    private static OngeldigSjabloon fout(String blad, int rij, int kolom, Cel cel, String melding) {
        return new OngeldigSjabloon(Celfout.structuur(blad, rij, kolom, cel, melding));
    }
}
