package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.systeem.Gebruiker;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;
import nl.indicatiewijzer.versies.Regelsets;
import nl.indicatiewijzer.versies.Versieopslag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Policy staff publish decision tables (CONTRACT.md, "Policy staff"). */
@Path("/api/v1/regelsets")
@RolesAllowed("beleid")
@Produces(MediaType.APPLICATION_JSON)
public class RegelsetResource {
    private final Publicatie publicatie;
    private final Versieopslag opslag;
    private final Regelsets archief;
    private final ObjectMapper json;
    private final SecurityIdentity identiteit;

    public RegelsetResource(Publicatie publicatie, Versieopslag opslag, Regelsets archief, ObjectMapper json,
            SecurityIdentity identiteit) {
        this.publicatie = publicatie;
        this.opslag = opslag;
        this.archief = archief;
        this.json = json;
        this.identiteit = identiteit;
    }

    @GET
    public Versieoverzicht overzicht(@QueryParam("regeling") String regeling, @QueryParam("toon") String toon,
            @QueryParam("volgorde") String volgorde, @QueryParam("pagina") String pagina, @QueryParam("perPagina") String perPagina) {
        Versieselectie selectie = Versieselectie.uit(regeling, toon, volgorde, pagina, perPagina);
        List<Versieoverzicht.Regelingversies> lijst = new ArrayList<>();
        for (Regeling r : Regeling.values()) {
            if (selectie.omvat(r)) {
                lijst.add(Versieoverzicht.van(r, publicatie.actieveVersie(r), opslag.versies(r), opslag.gebeurtenissen(r), selectie));
            }
        }
        return new Versieoverzicht(lijst);
    }

    @POST
    @Path("{regeling}/versies")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("regeling") String regeling, @RestForm(Omschrijving.VELD) String omschrijving,
            @RestForm(FileUpload.ALL) List<FileUpload> bestanden) {
        List<Upload> uploads = new ArrayList<>();
        for (FileUpload f : bestanden == null ? List.<FileUpload>of() : bestanden) {
            if (f.size() > Uploadcontrole.MAXIMAAL_WERKMAP) {
                throw new NietBeschikbaarException(413, "Bestand te groot", "'" + f.fileName() + "' is groter dan "
                        + Uploadcontrole.MAXIMAAL_WERKMAP / 1024 + " kB.");
            }
            uploads.add(new Upload(f.fileName(), lees(f)));
        }
        Validatierapport rapport = publicatie.upload(regeling(regeling), omschrijving, uploads, Gebruiker.van(identiteit));
        return Response.created(URI.create("/api/v1/regelsets/" + regeling + "/versies/" + rapport.versie()))
                .entity(rapport).build();
    }

    /** The validation report of a version as it was stored at upload (one stored before descriptions gets its placeholder). */
    @GET
    @Path("{regeling}/versies/{versie}")
    public JsonNode rapport(@PathParam("regeling") String regeling, @PathParam("versie") String versie) throws JsonProcessingException {
        regeling(regeling);
        String rapport = opslag.rapport(versie(versie)).orElseThrow(() -> new NietBeschikbaarException(404, "Geen rapport",
                "Van versie " + versie + " is geen validatierapport bekend (zij is niet geüpload, of bestaat niet)."));
        JsonNode gelezen = json.readTree(rapport);
        if (gelezen instanceof ObjectNode o && !o.has(Omschrijving.VELD)) {
            opslag.versie(versie).ifPresent(v -> o.put(Omschrijving.VELD, Omschrijving.getoond(v.omschrijving(), v.herkomst())));
        }
        return gelezen;
    }

    @POST
    @Path("{regeling}/versies/{versie}/activering")
    public Publicatie.Activering activeer(@PathParam("regeling") String regeling, @PathParam("versie") String versie, String lichaam) {
        return publicatie.activeer(regeling(regeling), versie(versie), Ingangsdatum.uitActivering(json, lichaam), Gebruiker.van(identiteit));
    }

    @GET
    @Path("{regeling}/versies/{versie}/verschil")
    public Versieverschil verschil(@PathParam("regeling") String regeling, @PathParam("versie") String versie,
            @QueryParam("met") String met) {
        Regeling r = regeling(regeling);
        String tegen = met == null || met.isBlank() ? publicatie.actieveVersie(r) : versie(met);
        return Versieverschil.tussen(r.code(), kant(r, versie(versie)), kant(r, tegen));
    }

    private Versieverschil.Kant kant(Regeling regeling, String versie) {
        return new Versieverschil.Kant(versie, bestanden(regeling, versie), archief.scenarios(versie));
    }

    private List<Regelbestand> bestanden(Regeling regeling, String versie) {
        if (opslag.versie(versie).filter(v -> v.regeling().equals(regeling.code())).isEmpty()) {
            throw new NietBeschikbaarException(404, "Onbekende versie", "Regeling " + regeling.code() + " heeft geen versie " + versie + ".");
        }
        return archief.bestanden(versie);
    }

    static Regeling regeling(String code) {
        Regeling regeling = Regeling.vanCode(code);
        if (regeling == null) {
            throw new NietBeschikbaarException(404, "Onbekende regeling", "Er is geen regeling '" + code + "'.");
        }
        return regeling;
    }

    static String versie(String versie) {
        if (versie == null || !versie.matches("[0-9a-f]{64}")) {
            throw new OngeldigVerzoekException(List.of(new OngeldigeParameter("versie", "een regelsetversie: 64 hexadecimale tekens")));
        }
        return versie;
    }

    private static byte[] lees(FileUpload f) {
        try {
            return Files.readAllBytes(f.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
