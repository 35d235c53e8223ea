package nl.indicatiewijzer.advies;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.indicatiewijzer.systeem.Gebruiker;
import nl.indicatiewijzer.systeem.Rol;
import nl.indicatiewijzer.systeem.Toegangscontrole;

/** Intake teams ask for advice on a client situation (CONTRACT.md, "Asking for advice"). */
@Path("/api/v1/adviezen")
public class AdviesResource {
    private final AdviesService service;

    public AdviesResource(AdviesService service) {
        this.service = service;
    }

    /** The answer is the stored advice, byte for byte: it is sent only once it is durable. */
    @POST
    @Rol("intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response vraagAdvies(String verzoek, @Context ContainerRequestContext context) {
        Gebruiker gebruiker = (Gebruiker) context.getProperty(Toegangscontrole.GEBRUIKER);
        return Response.ok(service.adviseer(verzoek, gebruiker, "intake"), MediaType.APPLICATION_JSON).build();
    }
}
