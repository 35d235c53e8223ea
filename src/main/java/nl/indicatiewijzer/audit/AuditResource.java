package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/** Auditors read and replay past decisions (CONTRACT.md, "Auditors"). */
@Path("/api/v1/adviezen")
@RolesAllowed("auditor")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private static final int MAXIMALE_PAGINA = 200;
    private final AuditRepository repository;
    private final Herhaler herhaler;
    private final Inclusiebewijzen bewijzen;
    private final ObjectMapper json;

    public AuditResource(AuditRepository repository, Herhaler herhaler, Inclusiebewijzen bewijzen, ObjectMapper json) {
        this.repository = repository;
        this.herhaler = herhaler;
        this.bewijzen = bewijzen;
        this.json = json;
    }

    /** One stored decision: the request (client reference only as its keyed hash), the answer, the version. */
    public record OpgeslagenAdvies(String adviesId, long volgnummer, OffsetDateTime tijdstip, String regeling,
            String regelsetVersie, String uitkomst, String gebruiker, String rol, JsonNode verzoek, JsonNode antwoord,
            String hash, Verwerking verwerking) {
    }

    public record Samenvatting(String adviesId, OffsetDateTime tijdstip, String regeling, String regelsetVersie, String uitkomst) {
    }

    public record Lijst(List<Samenvatting> adviezen, int page, int size, long totaal) {
    }

    /**
     * The audit path (RFC 9162, 2.1.3) that proves this decision is in the log at a checkpoint: the given
     * size {@code tot}, or else the newest checkpoint, which the answer carries, signed.
     */
    @GET
    @Path("{adviesId}/bewijs")
    public Inclusiebewijzen.Inclusiebewijs bewijs(@PathParam("adviesId") String adviesId, @QueryParam("tot") String tot) {
        AuditRecord r = vind(adviesId);
        List<OngeldigeParameter> fouten = new ArrayList<>();
        long grootte = tot == null ? -1 : getal("tot", tot, -1, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
        return bewijzen.bewijs(r, grootte);
    }

    @GET
    @Path("{adviesId}")
    public OpgeslagenAdvies lees(@PathParam("adviesId") String adviesId) throws JsonProcessingException {
        AuditRecord r = vind(adviesId);
        return new OpgeslagenAdvies(r.adviesId(), r.volgnummer(), r.tijdstip(), r.regeling(), r.regelsetVersie(), r.uitkomst(),
                r.gebruiker(), r.rol(), json.readTree(r.verzoek()), json.readTree(r.antwoord()), r.hash(), r.verwerking());
    }

    @GET
    public Lijst lijst(@QueryParam("regeling") String regeling, @QueryParam("van") String van, @QueryParam("tot") String tot,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        if (regeling != null && Regeling.vanCode(regeling) == null) {
            fouten.add(new OngeldigeParameter("regeling", "onbekende regeling"));
        }
        LocalDate vanaf = datum("van", van, LocalDate.of(1900, 1, 1), fouten);
        LocalDate totEnMet = datum("tot", tot, LocalDate.of(9999, 12, 30), fouten);
        int pagina = getal("page", page, 0, fouten);
        int grootte = getal("size", size, 50, fouten);
        if (pagina < 0) {
            fouten.add(new OngeldigeParameter("page", "moet 0 of groter zijn"));
        }
        if (grootte < 1 || grootte > MAXIMALE_PAGINA) {
            fouten.add(new OngeldigeParameter("size", "moet tussen 1 en " + MAXIMALE_PAGINA + " liggen"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
        AuditRepository.Pagina p = repository.pagina(regeling, vanaf.atStartOfDay().atOffset(ZoneOffset.UTC),
                totEnMet.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), pagina, grootte);
        return new Lijst(p.records().stream().map(r -> new Samenvatting(r.adviesId(), r.tijdstip(), r.regeling(),
                r.regelsetVersie(), r.uitkomst())).toList(), pagina, grootte, p.totaal());
    }

    @POST
    @Path("{adviesId}/herhaling")
    public Herhaling herhaal(@PathParam("adviesId") String adviesId, @QueryParam("regelset") String regelset) {
        if (regelset != null && !regelset.equals("actief") && !regelset.matches("[0-9a-f]{64}")) {
            throw new OngeldigVerzoekException(List.of(new OngeldigeParameter("regelset", "'actief' of een regelsetversie (64 hexadecimale tekens)")));
        }
        return herhaler.herhaal(vind(adviesId), regelset);
    }

    private AuditRecord vind(String adviesId) {
        return repository.vind(adviesId).orElseThrow(() -> new NietBeschikbaarException(404, "Onbekend advies",
                "Er is geen advies met dit adviesId opgeslagen."));
    }

    private static int getal(String naam, String waarde, int standaard, List<OngeldigeParameter> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            return Integer.parseInt(waarde.strip());
        } catch (NumberFormatException e) {
            fouten.add(new OngeldigeParameter(naam, "moet een geheel getal zijn"));
            return standaard;
        }
    }

    private static LocalDate datum(String naam, String waarde, LocalDate standaard, List<OngeldigeParameter> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            fouten.add(new OngeldigeParameter(naam, "moet een datum zijn in de vorm JJJJ-MM-DD"));
            return standaard;
        }
    }
}
