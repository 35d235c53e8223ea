package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/** A checkpoint as an auditor posts it back: every field typed, every bad one named. */
final class Opgeslagencontrolepunt {
    private static final String HEX64 = "[0-9a-f]{64}";

    private Opgeslagencontrolepunt() {
    }

    static Controlepunt lees(JsonNode punt, String voorvoegsel) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        if (punt == null || !punt.isObject()) {
            throw new OngeldigVerzoekException(List.of(new OngeldigeParameter(voorvoegsel.isEmpty() ? "(verzoek)" : "controlepunt",
                    "moet een controlepunt zijn zoals GET /api/v1/adviezen/integriteit het gaf")));
        }
        JsonNode volgnummer = punt.path("volgnummer");
        if (!volgnummer.canConvertToExactIntegral() || !volgnummer.canConvertToLong() || volgnummer.asLong() < 0) {
            fouten.add(new OngeldigeParameter(voorvoegsel + "volgnummer", "moet een geheel getal van 0 of meer zijn"));
        }
        String hash = hex(punt, "hash", voorvoegsel, fouten);
        String boomwortel = hex(punt, "boomwortel", voorvoegsel, fouten);
        Instant tijdstip = null;
        try {
            tijdstip = Instant.parse(punt.path("tijdstip").asText(""));
        } catch (DateTimeParseException e) {
            fouten.add(new OngeldigeParameter(voorvoegsel + "tijdstip", "moet een tijdstip in UTC zijn, zoals 2026-11-29T06:00:00Z"));
        }
        JsonNode handtekening = punt.path("handtekening");
        if (!handtekening.isTextual() || !handtekening.asText().matches("[A-Za-z0-9+/]{86}==")) {
            fouten.add(new OngeldigeParameter(voorvoegsel + "handtekening", "moet een Ed25519-handtekening in base64 zijn (88 tekens)"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
        return new Controlepunt(volgnummer.asLong(), hash, boomwortel, tijdstip, handtekening.asText());
    }

    private static String hex(JsonNode punt, String veld, String voorvoegsel, List<OngeldigeParameter> fouten) {
        JsonNode waarde = punt.path(veld);
        if (!waarde.isTextual() || !waarde.asText().matches(HEX64)) {
            fouten.add(new OngeldigeParameter(voorvoegsel + veld, "moet een SHA-256 in 64 kleine hexadecimale tekens zijn"));
            return null;
        }
        return waarde.asText();
    }
}
