package nl.indicatiewijzer.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** A template cut once into text and {placeholders}: every advice fills the same few dozen templates. */
    private static final Map<String, List<String>> DELEN = new ConcurrentHashMap<>();

    /** An enum value as a Dutch reader sees it: OVERBELAST as "overbelast", BESCHERMD_WONEN as "beschermd wonen". */
    private static final Map<Enum<?>, String> WAARDEN = new ConcurrentHashMap<>();

    static String vul(String sjabloon, Function<String, Object> waarde) {
        List<String> delen = DELEN.computeIfAbsent(sjabloon, Tekstinvulling::knip);
        if (delen.size() == 1) {
            return sjabloon;
        }
        StringBuilder uit = new StringBuilder(sjabloon.length() + 32);
        for (int i = 0; i < delen.size(); i++) {
            if (i % 2 == 0) {
                uit.append(delen.get(i));
            } else {
                Object w = waarde.apply(delen.get(i));
                uit.append(w == null ? "{" + delen.get(i) + "}" : schrijf(w));
            }
        }
        return uit.toString();
    }

    /** Alternating text and placeholder names, starting and ending with text. */
    private static List<String> knip(String sjabloon) {
        List<String> delen = new ArrayList<>();
        Matcher m = PLEK.matcher(sjabloon);
        int vanaf = 0;
        while (m.find()) {
            delen.add(sjabloon.substring(vanaf, m.start()));
            delen.add(m.group(1));
            vanaf = m.end();
        }
        delen.add(sjabloon.substring(vanaf));
        return List.copyOf(delen);
    }

    static String schrijf(Object w) {
        if (w instanceof Integer || w instanceof Long) {
            return w.toString();
        }
        if (w instanceof Number n) {
            BigDecimal d = (n instanceof BigDecimal b ? b : new BigDecimal(n.toString())).stripTrailingZeros();
            return (d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString()).replace('.', ',');
        }
        if (w instanceof Enum<?> e) {
            return WAARDEN.computeIfAbsent(e, k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '));
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
