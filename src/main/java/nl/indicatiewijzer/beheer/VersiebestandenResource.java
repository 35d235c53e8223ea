package nl.indicatiewijzer.beheer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;
import nl.indicatiewijzer.versies.Archief;
import nl.indicatiewijzer.versies.Versieopslag;

/**
 * The files of any stored version (active, candidate, earlier, rejected, archived), byte for byte as
 * the archive holds them: listed, one by name, or all as a zip ({@code ?formaat=zip} or {@code Accept:
 * application/zip}). Policy staff start a change from them; auditors read what decided.
 */
@Path("/api/v1/regelsets/{regeling}/versies/{versie}/bestanden")
@RolesAllowed({"beleid", "auditor"})
public class VersiebestandenResource {
    private final Versieopslag opslag;
    private final Archief archief;

    public VersiebestandenResource(Versieopslag opslag, Archief archief) {
        this.opslag = opslag;
        this.archief = archief;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Versiezip.MEDIATYPE})
    public Response lijst(@PathParam("regeling") String regeling, @PathParam("versie") String versie,
            @QueryParam("formaat") String formaat, @Context HttpHeaders koppen) {
        RegelsetResource.regeling(regeling);
        boolean formaatGoed = formaat == null || formaat.equals("zip") || formaat.equals("json");
        if (!formaatGoed) {
            List<OngeldigeParameter> fouten = new ArrayList<>();
            if (versie == null || !versie.matches("[0-9a-f]{64}")) {
                fouten.add(new OngeldigeParameter("versie", "een regelsetversie: 64 hexadecimale tekens"));
            }
            fouten.add(new OngeldigeParameter("formaat", "json (de lijst, standaard) of zip (alle bestanden samen)"));
            throw new OngeldigVerzoekException(fouten);
        }
        boolean zip = formaat == null ? zipGevraagd(koppen) : formaat.equals("zip");
        Versieopslag.Opgeslagen opgeslagen = opgeslagen(regeling, versie);
        List<Regelbestand> bestanden = archief.archief(opgeslagen.versie());
        if (!zip) {
            return Response.ok(Versiebestanden.van(opgeslagen.regeling(), opgeslagen.versie(), bestanden), MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(Versiezip.van(bestanden, opgeslagen.gearchiveerdOp()), Versiezip.MEDIATYPE)
                .header("Content-Disposition", Versiebestanden.bijlage(Versiezip.naam(opgeslagen.regeling(), opgeslagen.versie()))).build();
    }

    @GET
    @Path("{bestand}")
    @Produces({Versiebestanden.XLSX, Versiebestanden.DRL, MediaType.APPLICATION_OCTET_STREAM})
    public Response bestand(@PathParam("regeling") String regeling, @PathParam("versie") String versie,
            @PathParam("bestand") String bestand) {
        Versieopslag.Opgeslagen opgeslagen = opgeslagen(regeling, versie);
        Regelbestand gekozen = Versiebestanden.kies(archief.archief(opgeslagen.versie()), bestand, opgeslagen.versie());
        return Response.ok(gekozen.inhoud(), Versiebestanden.mediatype(gekozen))
                .header("Content-Disposition", Versiebestanden.bijlage(gekozen.naam())).build();
    }

    private Versieopslag.Opgeslagen opgeslagen(String regeling, String versie) {
        Regeling r = RegelsetResource.regeling(regeling);
        return opslag.versie(RegelsetResource.versie(versie)).filter(v -> v.regeling().equals(r.code()))
                .orElseThrow(() -> new NietBeschikbaarException(404, "Onbekende versie", "Regeling " + r.code() + " heeft geen versie " + versie + "."));
    }

    /** Without formaat: the zip when the most wanted type in Accept (not a wildcard) is application/zip. */
    private static boolean zipGevraagd(HttpHeaders koppen) {
        MediaType zip = MediaType.valueOf(Versiezip.MEDIATYPE);
        return koppen.getAcceptableMediaTypes().stream().filter(t -> !t.isWildcardType())
                .filter(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE) || t.isCompatible(zip))
                .findFirst().map(t -> t.isCompatible(zip)).orElse(false);
    }
}
