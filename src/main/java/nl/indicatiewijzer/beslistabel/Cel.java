package nl.indicatiewijzer.beslistabel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as the workbook stores it, already typed: text, a number, a date (a number with a date
 * format), true/false, a formula or an error value. {@code tekst} is what a policy worker sees: the
 * text, the number written plainly (24, 59.71), the date as yyyy-mm-dd, true/false, or '=' and the
 * formula.
 */
public record Cel(Soort soort, String tekst, BigDecimal getal, LocalDate datum) {
    public static final Cel LEEG = new Cel(Soort.LEEG, "", null, null);

    public enum Soort { LEEG, TEKST, GETAL, DATUM, JA_NEE, FORMULE, FOUT }

    public static Cel tekst(String tekst) {
        return tekst.isEmpty() ? LEEG : new Cel(Soort.TEKST, tekst, null, null);
    }

    public static Cel getal(BigDecimal getal) {
        return new Cel(Soort.GETAL, getal.stripTrailingZeros().toPlainString(), getal, null);
    }

    public static Cel datum(BigDecimal serienummer, LocalDate datum) {
        return new Cel(Soort.DATUM, datum.toString(), serienummer, datum);
    }

    public static Cel jaNee(boolean waarde) {
        return new Cel(Soort.JA_NEE, Boolean.toString(waarde), null, null);
    }

    public static Cel formule(String formule) {
        return new Cel(Soort.FORMULE, "=" + formule, null, null);
    }

    public static Cel fout(String waarde) {
        return new Cel(Soort.FOUT, waarde, null, null);
    }

    public boolean leeg() {
        return soort == Soort.LEEG;
    }
}
