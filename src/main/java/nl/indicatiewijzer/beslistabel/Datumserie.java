package nl.indicatiewijzer.beslistabel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Excel's serial dates: days since a base date, the fraction the time of day (ECMA-376 Part 1, 2nd
 * edition, 18.17.4.1). In the 1900 system serial 1 is 1 January 1900 and Excel counts a 29 February
 * 1900 that never was (serial 60, read as 1 March, as POI does); in the 1904 system serial 0 is
 * 1 January 1904.
 */
final class Datumserie {
    private static final LocalDate NUL_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate NUL_1904 = LocalDate.of(1904, 1, 1);
    private static final BigDecimal MILLISECONDEN_PER_DAG = BigDecimal.valueOf(86_400_000L);
    private static final BigDecimal GROOTSTE = BigDecimal.valueOf(2_958_466L);
    private static final LocalDate LAATSTE = LocalDate.of(9999, 12, 31);

    private Datumserie() {
    }

    /** The date of a serial number, or null when Excel cannot show it as one (before the base date, after 9999). */
    static LocalDate datum(BigDecimal serie, boolean datum1904) {
        if (serie.signum() < 0 || serie.compareTo(GROOTSTE) >= 0) {
            return null;
        }
        // the time of day rounded to the millisecond, as Excel does: 23:59:59.9996 is the next day
        long dagen = serie.multiply(MILLISECONDEN_PER_DAG).setScale(0, RoundingMode.HALF_UP).longValueExact() / 86_400_000L;
        LocalDate datum = datum1904 ? NUL_1904.plusDays(dagen) : NUL_1900.plusDays(dagen >= 61 ? dagen - 1 : dagen);
        return datum.isAfter(LAATSTE) ? null : datum;
    }

    /** The serial number of a date (its day; the time of day is not kept). */
    static BigDecimal serie(LocalDate datum, boolean datum1904) {
        long dagen = ChronoUnit.DAYS.between(datum1904 ? NUL_1904 : NUL_1900, datum);
        return BigDecimal.valueOf(!datum1904 && dagen >= 60 ? dagen + 1 : dagen);
    }
}
