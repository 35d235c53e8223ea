package nl.indicatiewijzer.beslistabel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column of a rule table in its trusted template: CONDITION, ACTION or METADATA, the object it
 * constrains (CONDITION), its code with {@code $param}, the label policy staff read, and the type of
 * value it takes.
 */
public record Kolom(int index, Soort soort, String object, String code, String label, Kolomtype type) {
    private static final Pattern ONDERGRENS = Pattern.compile("(\\w+)\\s*>=\\s*\\$param");
    private static final Pattern BOVENGRENS = Pattern.compile("(\\w+)\\s*<=\\s*\\$param");

    public enum Soort { CONDITION, ACTION, METADATA }

    public String letter() {
        return letter(index);
    }

    /** How a policy worker finds the column: its letter and its label. */
    public String naam() {
        return letter() + " (" + label + ")";
    }

    public boolean isVoorwaarde() {
        return soort == Soort.CONDITION;
    }

    public boolean isActie() {
        return soort == Soort.ACTION;
    }

    public boolean isMetadata() {
        return soort == Soort.METADATA;
    }

    /** The field whose lower bound this column holds ({@code waarde >= $param}), or null. */
    public String ondergrensVan() {
        Matcher m = ONDERGRENS.matcher(code);
        return m.find() ? m.group(1) : null;
    }

    /** The field whose upper bound this column holds ({@code waarde <= $param}), or null. */
    public String bovengrensVan() {
        Matcher m = BOVENGRENS.matcher(code);
        return m.find() ? m.group(1) : null;
    }

    /** The column letter as Excel shows it: 0 is A, 26 is AA. */
    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int k = index + 1; k > 0; k = (k - 1) / 26) {
            s.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return s.toString();
    }
}
