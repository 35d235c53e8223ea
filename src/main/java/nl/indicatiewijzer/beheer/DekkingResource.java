package nl.indicatiewijzer.beheer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.indicatiewijzer.scenario.Dekking;

/** Which rules and table rows a version's scenario cases fire: for policy staff and auditors. */
@Path("/api/v1/regelsets/{regeling}/versies/{versie}/dekking")
@RolesAllowed({"beleid", "auditor"})
@Produces(MediaType.APPLICATION_JSON)
public class DekkingResource {
    private final Dekkingen dekkingen;

    public DekkingResource(Dekkingen dekkingen) {
        this.dekkingen = dekkingen;
    }

    @GET
    public Dekking dekking(@PathParam("regeling") String regeling, @PathParam("versie") String versie) {
        return dekkingen.van(RegelsetResource.regeling(regeling), RegelsetResource.versie(versie));
    }
}
