package nl.indicatiewijzer.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Fills the {placeholders} of a rule's Dutch sentence with the values of the case, written as Dutch. */
final class Tekstinvulling {
    private static final Pattern PLEK = Pattern.compile("\\{(\\w+)}");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private Tekstinvulling() {
    }

    static String vul(String sjabloon, Function<String, Object> waarde) {
        Matcher m = PLEK.matcher(sjabloon);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            Object w = waarde.apply(m.group(1));
            m.appendReplacement(uit, Matcher.quoteReplacement(w == null ? m.group() : schrijf(w)));
        }
        m.appendTail(uit);
        return uit.toString();
    }

    static String schrijf(Object w) {
        if (w instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
            return (d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString()).replace('.', ',');
        }
        if (w instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (w instanceof LocalDate d) {
            return DATUM.format(d);
        }
        if (w instanceof Collection<?> c) {
            return c.stream().map(Tekstinvulling::schrijf).collect(Collectors.joining(", "));
        }
        return String.valueOf(w);
    }
}
