package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.systeem.Jsonlezer;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/**
 * The optional {@code ingangsdatum} of an activation or an impact analysis: the first peildatum a
 * version decides. A calendar date {@code JJJJ-MM-DD} (years 1900-9999); anything else names the field.
 */
final class Ingangsdatum {
    static final String VELD = "ingangsdatum";
    private static final String VORM = "een datum in de vorm JJJJ-MM-DD (de eerste peildatum waarop de versie beslist)";

    private Ingangsdatum() {
    }

    /** The body of an activation: empty, or {@code {"ingangsdatum": "2027-01-01"}}. @return null without a date */
    static LocalDate uitActivering(ObjectMapper json, String lichaam) {
        if (lichaam == null || lichaam.isBlank()) {
            return null;
        }
        JsonNode verzoek = Jsonlezer.lees(json, lichaam);
        if (!verzoek.isObject()) {
            throw new OngeldigVerzoekException(List.of(new OngeldigeParameter("(verzoek)", "verwacht {} of {\"ingangsdatum\": \"JJJJ-MM-DD\"}")));
        }
        List<OngeldigeParameter> fouten = new ArrayList<>();
        verzoek.fieldNames().forEachRemaining(veld -> {
            if (!VELD.equals(veld)) {
                fouten.add(new OngeldigeParameter(veld, "onbekend veld"));
            }
        });
        LocalDate datum = uit(verzoek, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
        return datum;
    }

    /** The field {@code ingangsdatum} of a request object; absent or null is no date, anything else not a date is a fout. */
    static LocalDate uit(JsonNode verzoek, List<OngeldigeParameter> fouten) {
        JsonNode waarde = verzoek.path(VELD);
        if (waarde.isMissingNode() || waarde.isNull()) {
            return null;
        }
        String tekst = waarde.isTextual() ? waarde.asText() : "";
        if (tekst.matches("(19|[2-9][0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}")) {
            try {
                return LocalDate.parse(tekst);
            } catch (DateTimeParseException e) {
                // falls through: 2027-02-30 is no date
            }
        }
        fouten.add(new OngeldigeParameter(VELD, VORM));
        return null;
    }
}
