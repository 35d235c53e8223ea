package nl.indicatiewijzer.beslistabel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Parses a data cell as the type of its column, or says in Dutch why it is not one. Text is taken
 * without the spaces around it and must be one line of visible characters (its length the reader
 * bounds); numbers are range-checked; a formula or an error value is never a value.
 */
final class Waardelezer {
    private static final Pattern GEHEEL = Pattern.compile("-?\\d{1,12}");
    private static final Pattern DECIMAAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,12})?");
    private static final Pattern KOMMAGETAL = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CONSTANTE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern TYPOGRAFISCH = Pattern.compile("[\u201C\u201D\u2018\u2019\u201E]");

    private Waardelezer() {
    }

    /** The value, or the reason it is none, as one of the two. */
    record Gelezen(Waarde waarde, String fout) {
        static Gelezen fout(String reden) {
            return new Gelezen(null, reden);
        }

        static Gelezen goed(Kolomtype.Soort soort, String tekst) {
            return new Gelezen(new Waarde(soort, tekst), null);
        }
    }

    static Gelezen lees(Cel cel, Kolomtype type) {
        if (cel.soort() == Cel.Soort.FORMULE) {
            return Gelezen.fout("de cel bevat een formule (" + cel.tekst() + "); typ de waarde zelf in");
        }
        if (cel.soort() == Cel.Soort.FOUT) {
            return Gelezen.fout("de cel bevat een foutwaarde (" + cel.tekst() + ")");
        }
        String tekst = zonderWitruimteErom(cel.tekst());
        String fout = tekstfout(tekst);
        if (fout != null) {
            return Gelezen.fout(fout);
        }
        Gelezen gelezen = switch (type.soort()) {
            case TEKST -> Gelezen.goed(Kolomtype.Soort.TEKST, tekst);
            case DATUM -> datum(cel, tekst);
            case GEHEEL, DECIMAAL -> getal(cel, tekst, type);
            case JA_NEE -> jaNee(cel, tekst);
            case CODE -> code(tekst, type);
            case KEUZE -> keuze(tekst, type);
        };
        return gelezen.fout() != null && TYPOGRAFISCH.matcher(tekst).find() ? Gelezen.fout("de cel bevat typografische "
                + "aanhalingstekens (“ ” ‘ ’) die Excel zelf invoegt; laat ze weg. " + gelezen.fout()) : gelezen;
    }

    private static String tekstfout(String tekst) {
        if (tekst.isEmpty()) {
            return "de cel bevat alleen witruimte; maak haar leeg of vul een waarde in";
        }
        for (int i = 0; i < tekst.length(); ) {
            int c = tekst.codePointAt(i);
            if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                return "de cel bevat meer dan één regel; zet alles op één regel";
            }
            int soort = Character.getType(c);
            if (soort == Character.CONTROL || soort == Character.FORMAT || soort == Character.SURROGATE
                    || soort == Character.PRIVATE_USE || soort == Character.UNASSIGNED) {
                return String.format("de cel bevat een onzichtbaar of onbekend teken (U+%04X); typ de tekst opnieuw zonder dat teken", c);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static Gelezen datum(Cel cel, String tekst) {
        if (cel.soort() == Cel.Soort.DATUM) {
            return Gelezen.goed(Kolomtype.Soort.DATUM, cel.datum().toString());
        }
        try {
            if (DATUM.matcher(tekst).matches()) {
                return Gelezen.goed(Kolomtype.Soort.DATUM, LocalDate.parse(tekst).toString());
            }
        } catch (DateTimeParseException e) {
            return Gelezen.fout("'" + tekst + "' is geen bestaande datum");
        }
        return Gelezen.fout("hier hoort een datum (jjjj-mm-dd, bijvoorbeeld 2027-01-01), geen '" + tekst + "'");
    }

    private static Gelezen getal(Cel cel, String tekst, Kolomtype type) {
        boolean geheel = type.soort() == Kolomtype.Soort.GEHEEL;
        if (cel.soort() == Cel.Soort.DATUM) {
            return Gelezen.fout("hier hoort " + type.soort().omschrijving() + ", geen datum");
        }
        if (KOMMAGETAL.matcher(tekst).matches()) {
            return Gelezen.fout(geheel ? "hier hoort een geheel getal, geen '" + tekst + "'"
                    : "gebruik een punt als decimaalteken (bijvoorbeeld 2.5)");
        }
        String vorm = cel.soort() == Cel.Soort.GETAL ? cel.getal().stripTrailingZeros().toPlainString() : tekst;
        if (!(geheel ? GEHEEL : DECIMAAL).matcher(vorm).matches()) {
            return Gelezen.fout("hier hoort " + type.soort().omschrijving() + ", geen '" + tekst + "'");
        }
        BigDecimal getal = new BigDecimal(vorm);
        if (getal.compareTo(BigDecimal.valueOf(type.ondergrens())) < 0 || getal.compareTo(BigDecimal.valueOf(Kolomtype.GROOTSTE)) > 0) {
            return Gelezen.fout(vorm + " ligt buiten het bereik van deze kolom (" + type.ondergrens() + " tot en met "
                    + Kolomtype.GROOTSTE + ")");
        }
        return Gelezen.goed(type.soort(), type.alsLiteraal() ? vorm : getal.stripTrailingZeros().toPlainString());
    }

    private static Gelezen jaNee(Cel cel, String tekst) {
        String w = tekst.toLowerCase(java.util.Locale.ROOT);
        if (w.equals("true") || w.equals("false")) {
            return Gelezen.goed(Kolomtype.Soort.JA_NEE, w);
        }
        return Gelezen.fout("hier hoort true of false, geen '" + tekst + "'");
    }

    private static Gelezen code(String tekst, Kolomtype type) {
        if (CONSTANTE.matcher(tekst).matches() && type.constanten().contains(tekst)) {
            return Gelezen.goed(Kolomtype.Soort.CODE, tekst);
        }
        return Gelezen.fout("onbekende code '" + tekst + "'; toegestaan zijn " + String.join(", ", type.constanten()));
    }

    private static Gelezen keuze(String tekst, Kolomtype type) {
        String woord = tekst.toLowerCase(java.util.Locale.ROOT);
        return type.constanten().contains(woord) ? Gelezen.goed(Kolomtype.Soort.KEUZE, woord)
                : Gelezen.fout("hier hoort " + String.join(" of ", type.constanten()) + ", geen '" + tekst + "'");
    }

    /** Strips spaces, including the non-breaking spaces Excel puts in, around the text. */
    static String zonderWitruimteErom(String tekst) {
        int begin = 0;
        int eind = tekst.length();
        while (begin < eind && witruimte(tekst.charAt(begin))) {
            begin++;
        }
        while (eind > begin && witruimte(tekst.charAt(eind - 1))) {
            eind--;
        }
        return tekst.substring(begin, eind);
    }

    private static boolean witruimte(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
