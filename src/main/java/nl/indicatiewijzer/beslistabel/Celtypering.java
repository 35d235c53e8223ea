package nl.indicatiewijzer.beslistabel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;

/** Types a cell as its worksheet stores it (ECMA-376 Part 1, 18.3.1.4 c; 18.18.11 ST_CellType). */
final class Celtypering {

    /** A cell as stored: its type (t), cell format (s), value (v), formula (f) and inline string (is). */
    record Ruw(String type, int stijl, String waarde, String formule, String inline) {
    }

    /** Excel shows, and calculates with, 15 significant digits: 0.1+0.2 is stored as 0.30000000000000004 and shown as 0.3. */
    private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_UP);
    private static final BigDecimal GROOTSTE = new BigDecimal(Double.MAX_VALUE);
    private static final BigDecimal KLEINSTE = BigDecimal.valueOf(Double.MIN_VALUE);
    private static final DateTimeFormatter ISO_8601 = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd().optionalEnd()
            .toFormatter();

    private final GedeeldeTeksten teksten;
    private final Stijlen stijlen;
    private final boolean datum1904;

    Celtypering(GedeeldeTeksten teksten, Stijlen stijlen, boolean datum1904) {
        this.teksten = teksten;
        this.stijlen = stijlen;
        this.datum1904 = datum1904;
    }

    Cel typeer(Ruw ruw, String blad, String cel) throws OnleesbareWerkmap {
        if (ruw.formule() != null) {
            return Cel.formule(ruw.formule());
        }
        String type = ruw.type() == null ? "n" : ruw.type();
        if (type.equals("inlineStr")) {
            return ruw.inline() == null ? Cel.LEEG : Cel.tekst(ruw.inline());
        }
        String v = ruw.waarde();
        if (v == null || v.isEmpty()) {
            return Cel.LEEG;
        }
        return switch (type) {
            case "n" -> getal(v, ruw.stijl(), blad, cel);
            case "s" -> Cel.tekst(gedeeldeTekst(v, blad, cel));
            case "str" -> Cel.tekst(Tekstinhoud.ontsnap(v));
            case "e" -> Cel.fout(v);
            case "b" -> switch (v) {
                case "1", "true" -> Cel.jaNee(true);
                case "0", "false" -> Cel.jaNee(false);
                default -> throw ongeldig("de waarde '" + Weigering.kort(v) + "', die geen WAAR of ONWAAR is", blad, cel);
            };
            case "d" -> datum(v, blad, cel);
            default -> throw ongeldig("het onbekende celtype '" + Weigering.kort(type) + "'", blad, cel);
        };
    }

    private Cel getal(String v, int stijl, String blad, String cel) throws OnleesbareWerkmap {
        BigDecimal getal;
        try {
            getal = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw ongeldig("de waarde '" + Weigering.kort(v) + "', die geen getal is", blad, cel);
        }
        BigDecimal grootte = getal.abs();
        if (grootte.compareTo(GROOTSTE) > 0 || getal.signum() != 0 && grootte.compareTo(KLEINSTE) < 0) {
            throw ongeldig("het getal '" + Weigering.kort(v) + "', dat Excel niet kan opslaan", blad, cel);
        }
        getal = getal.round(EXCEL).stripTrailingZeros();
        if (getal.scale() < 0) {
            getal = getal.setScale(0);
        }
        LocalDate datum = stijlen.datum(stijl) ? Datumserie.datum(getal, datum1904) : null;
        return datum == null ? Cel.getal(getal) : Cel.datum(getal, datum);
    }

    private String gedeeldeTekst(String v, String blad, String cel) throws OnleesbareWerkmap {
        String tekst = null;
        if (v.length() <= 9 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            tekst = teksten.tekst(Integer.parseInt(v));
        }
        if (tekst == null) {
            throw ongeldig("een verwijzing naar tekst '" + Weigering.kort(v) + "', die de werkmap niet heeft", blad, cel);
        }
        return tekst;
    }

    /** A date stored as ISO 8601 text (t="d"), with or without a time of day; the day is kept. */
    private Cel datum(String v, String blad, String cel) throws OnleesbareWerkmap {
        try {
            TemporalAccessor gelezen = ISO_8601.parse(v);
            LocalDate datum = LocalDate.from(gelezen);
            return Cel.datum(Datumserie.serie(datum, datum1904), datum);
        } catch (DateTimeException e) {
            throw ongeldig("de waarde '" + Weigering.kort(v) + "', die geen datum is", blad, cel);
        }
    }

    private static OnleesbareWerkmap ongeldig(String wat, String blad, String cel) {
        return Weigering.beschadigd("het blad '" + blad + "' heeft in cel " + cel + " " + wat, blad, cel);
    }
}
