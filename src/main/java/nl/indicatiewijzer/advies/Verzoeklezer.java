package nl.indicatiewijzer.advies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.systeem.Jsonlezer;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/** Reads a request for advice: parses it within its limits, validates it, and picks its regeling. */
@ApplicationScoped
public class Verzoeklezer {
    private final ObjectMapper json;

    public Verzoeklezer(ObjectMapper json) {
        this.json = json;
    }

    /** A valid request and the regeling that decides it. */
    public record Verzoek(JsonNode json, Regeling regeling) {
    }

    public Verzoek lees(String lichaam) {
        JsonNode verzoek = Jsonlezer.lees(json, lichaam);
        return new Verzoek(verzoek, beoordeel(verzoek));
    }

    /** Checks the request and names its regeling; throws a 400 that names every wrong field. */
    public static Regeling beoordeel(JsonNode verzoek) {
        List<OngeldigeParameter> fouten = new ArrayList<>(VerzoekValidator.valideer(verzoek, Clientsituatie.class));
        Regeling regeling = kiesRegeling(verzoek, fouten);
        controleerDominanteGrondslag(verzoek, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
        return regeling;
    }

    /** The client situation of a valid request, or of a stored one (its client reference already hashed). */
    public Clientsituatie situatie(JsonNode verzoek) {
        return json.convertValue(verzoek, Clientsituatie.class);
    }

    public Clientsituatie situatie(String opgeslagenVerzoek) {
        return situatie(Jsonlezer.lees(json, opgeslagenVerzoek));
    }

    /** The regeling a request names, directly or through its gemeente; null when it names none. */
    public static Regeling regelingVan(JsonNode verzoek) {
        return kiesRegeling(verzoek, new ArrayList<>());
    }

    /** CONTRACT.md, field gemeente: a known gemeente decides the regeling and may not contradict it. */
    private static Regeling kiesRegeling(JsonNode verzoek, List<OngeldigeParameter> fouten) {
        Regeling gevraagd = Regeling.vanCode(verzoek.path("regeling").asText(null));
        Regeling vanGemeente = Gemeenten.regelingVan(verzoek.path("gemeente").asText(null));
        if (gevraagd != null && vanGemeente != null && gevraagd != vanGemeente) {
            fouten.add(new OngeldigeParameter("regeling", "gemeente " + verzoek.path("gemeente").asText()
                    + " valt onder regeling " + vanGemeente.code() + ", niet onder " + gevraagd.code()));
        }
        if (gevraagd == null && vanGemeente == null && !verzoek.hasNonNull("regeling")) {
            fouten.add(new OngeldigeParameter("regeling",
                    "is verplicht wanneer de gemeente niet (of niet als bekende gemeente) is opgegeven"));
        }
        return gevraagd != null ? gevraagd : vanGemeente;
    }

    private static void controleerDominanteGrondslag(JsonNode verzoek, List<OngeldigeParameter> fouten) {
        JsonNode dominant = verzoek.path("dominanteGrondslag");
        JsonNode grondslagen = verzoek.path("grondslagen");
        if (!dominant.isTextual() || !grondslagen.isArray()) {
            return;
        }
        for (JsonNode g : grondslagen) {
            if (g.asText().equals(dominant.asText())) {
                return;
            }
        }
        fouten.add(new OngeldigeParameter("dominanteGrondslag", "moet een van de opgegeven grondslagen zijn"));
    }
}
