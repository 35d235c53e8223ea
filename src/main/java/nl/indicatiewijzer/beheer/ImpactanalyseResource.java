package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.audit.AuditRepository;
import nl.indicatiewijzer.audit.Herhaler;
import nl.indicatiewijzer.audit.Herhaling;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.systeem.Jsonlezer;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/** What a candidate would have done to a period's decisions (CONTRACT.md, {@code POST /impactanalyses}). */
@Path("/api/v1/impactanalyses")
@RolesAllowed("beleid")
public class ImpactanalyseResource {
    private final Impactanalyse analyse;
    private final AuditRepository adviezen;
    private final Herhaler herhaler;
    private final ObjectMapper json;

    public ImpactanalyseResource(Impactanalyse analyse, AuditRepository adviezen, Herhaler herhaler, ObjectMapper json) {
        this.analyse = analyse;
        this.adviezen = adviezen;
        this.herhaler = herhaler;
        this.json = json;
    }

    /**
     * Drill-down into one example of a matrix: the fields of that stored advice the candidate would
     * change, old and new. Policy staff see the differences, not the client situation.
     */
    @GET
    @Path("voorbeelden/{adviesId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Herhaling voorbeeld(@PathParam("adviesId") String adviesId, @QueryParam("kandidaat") String kandidaat) {
        if (kandidaat == null || !kandidaat.matches("[0-9a-f]{64}")) {
            throw new OngeldigVerzoekException(List.of(new OngeldigeParameter("kandidaat", "verplicht: een regelsetversie (64 hexadecimale tekens)")));
        }
        var advies = adviezen.vind(adviesId).orElseThrow(() -> new NietBeschikbaarException(404, "Onbekend advies",
                "Er is geen advies met dit adviesId opgeslagen."));
        return herhaler.herhaal(advies, kandidaat);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Impact analyseer(String lichaam) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        JsonNode verzoek = Jsonlezer.lees(json, lichaam);
        if (!verzoek.isObject()) {
            throw new OngeldigVerzoekException(List.of(new OngeldigeParameter("(verzoek)", "verwacht {regeling, kandidaat, van, tot, ingangsdatum}")));
        }
        verzoek.fieldNames().forEachRemaining(veld -> {
            if (!List.of("regeling", "kandidaat", "van", "tot", Ingangsdatum.VELD).contains(veld)) {
                fouten.add(new OngeldigeParameter(veld, "onbekend veld"));
            }
        });
        Regeling regeling = Regeling.vanCode(verzoek.path("regeling").asText(null));
        if (regeling == null) {
            fouten.add(new OngeldigeParameter("regeling", "verplicht: een van mlw-mer, stede-broec, bkb24, bijlage5, tsd"));
        }
        String kandidaat = verzoek.path("kandidaat").asText("");
        if (!kandidaat.matches("[0-9a-f]{64}")) {
            fouten.add(new OngeldigeParameter("kandidaat", "verplicht: een regelsetversie (64 hexadecimale tekens)"));
        }
        LocalDate van = datum(verzoek, "van", fouten);
        LocalDate tot = datum(verzoek, "tot", fouten);
        LocalDate ingangsdatum = Ingangsdatum.uit(verzoek, fouten);
        if (van != null && tot != null && tot.isBefore(van)) {
            fouten.add(new OngeldigeParameter("tot", "ligt voor van"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
        return analyse.analyseer(regeling, kandidaat, van, tot, ingangsdatum);
    }

    private static LocalDate datum(JsonNode verzoek, String veld, List<OngeldigeParameter> fouten) {
        try {
            return LocalDate.parse(verzoek.path(veld).asText(""));
        } catch (DateTimeParseException e) {
            fouten.add(new OngeldigeParameter(veld, "verplicht: een datum in de vorm JJJJ-MM-DD"));
            return null;
        }
    }
}
