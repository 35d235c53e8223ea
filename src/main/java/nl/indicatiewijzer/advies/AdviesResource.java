package nl.indicatiewijzer.advies;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.systeem.Rol;

/** Intake teams ask for advice on a client situation (CONTRACT.md, "Asking for advice"). */
@Path("/api/v1/adviezen")
public class AdviesResource {
    private final AdviesService service;

    public AdviesResource(AdviesService service) {
        this.service = service;
    }

    @POST
    @Rol("intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Advies vraagAdvies(String verzoek) {
        return service.adviseer(verzoek);
    }
}
