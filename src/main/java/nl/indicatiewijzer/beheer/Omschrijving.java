package nl.indicatiewijzer.beheer;

import java.text.Normalizer;
import java.util.Optional;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/**
 * The short description a policy worker gives a version at upload ("Tarieven 2027"), so that people
 * tell versions apart by more than a hash. Required; one line of at most {@link #MAXIMAAL} characters
 * without control or formatting characters (no line breaks, tabs, or invisible direction marks that
 * make one text look like another). It is data: stored and shown as text, never read as anything else.
 */
public final class Omschrijving {
    static final String VELD = "omschrijving";
    static final int MAXIMAAL = 120;
    /** What a version without a description is shown as. */
    static final String RELEASE = "Release";
    static final String GEEN = "(geen omschrijving)";

    private Omschrijving() {
    }

    /** Why the description is refused, if it is; {@link #schoon} gives it as stored. */
    static Optional<OngeldigeParameter> fout(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Optional.of(new OngeldigeParameter(VELD, "verplicht: een korte omschrijving van deze versie, bijvoorbeeld "
                    + "'Tarieven 2027' (1 tot en met " + MAXIMAAL + " tekens)"));
        }
        String schoon = schoon(tekst);
        if (schoon.codePointCount(0, schoon.length()) > MAXIMAAL) {
            return Optional.of(new OngeldigeParameter(VELD, "ten hoogste " + MAXIMAAL + " tekens"));
        }
        if (schoon.codePoints().anyMatch(Omschrijving::verboden)) {
            return Optional.of(new OngeldigeParameter(VELD, "één regel tekst, zonder regeleinden, tabs of onzichtbare stuurtekens"));
        }
        return Optional.empty();
    }

    /** As stored and shown: without surrounding white space, in one Unicode form (NFC), so one text is one length. */
    static String schoon(String tekst) {
        return Normalizer.normalize(tekst.strip(), Normalizer.Form.NFC);
    }

    private static boolean verboden(int teken) {
        return switch (Character.getType(teken)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** How a version is named on the page and in the overview. */
    static String getoond(String omschrijving, String herkomst) {
        if (omschrijving != null) {
            return omschrijving;
        }
        return "UITROL".equals(herkomst) ? RELEASE : GEEN;
    }
}
