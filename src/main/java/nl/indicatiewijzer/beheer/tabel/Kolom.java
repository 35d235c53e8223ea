package nl.indicatiewijzer.beheer.tabel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/** One column of a rule table: CONDITION, ACTION or METADATA, its code template and its human label. */
public record Kolom(int index, String soort, String sjabloon, String label) {
    private static final Pattern ENUM = Pattern.compile("\\b([A-Z]\\w*)\\.\\$param\\b");
    private static final Pattern ONDERGRENS = Pattern.compile("(\\w+)\\s*>=\\s*\\$param");
    private static final Pattern BOVENGRENS = Pattern.compile("(\\w+)\\s*<=\\s*\\$param");

    public String letter() {
        return CellReference.convertNumToColString(index);
    }

    public boolean isVoorwaarde() {
        return soort.startsWith("CONDITION");
    }

    public boolean isActie() {
        return soort.startsWith("ACTION");
    }

    /** The value goes into the code between quotes: any text without quote or backslash. */
    public boolean isTekst() {
        return sjabloon.contains("\"$param\"") || sjabloon.strip().startsWith("//");
    }

    /** The enum type the template names before {@code .$param}, e.g. Ophogingscode. */
    public String enumType() {
        Matcher m = ENUM.matcher(sjabloon);
        return m.find() ? m.group(1) : null;
    }

    public String ondergrensVan() {
        Matcher m = ONDERGRENS.matcher(sjabloon);
        return m.find() ? m.group(1) : null;
    }

    public String bovengrensVan() {
        Matcher m = BOVENGRENS.matcher(sjabloon);
        return m.find() ? m.group(1) : null;
    }

    /** How a policy worker finds the column: its letter and its label. */
    public String naam() {
        return letter() + " (" + label + ")";
    }
}
