package nl.indicatiewijzer.advies;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.indicatiewijzer.systeem.Gebruiker;
import nl.indicatiewijzer.systeem.Verzoeklog;

/** Intake teams ask for advice on a client situation (CONTRACT.md, "Asking for advice"). */
@Path("/api/v1/adviezen")
public class AdviesResource {
    private final AdviesService service;
    private final SecurityIdentity identiteit;

    public AdviesResource(AdviesService service, SecurityIdentity identiteit) {
        this.service = service;
        this.identiteit = identiteit;
    }

    /** The answer is the stored advice, byte for byte: it is sent only once it is durable. */
    @POST
    @RolesAllowed("intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response vraagAdvies(String verzoek, @Context ContainerRequestContext context) {
        String advies = service.adviseer(verzoek, Gebruiker.van(identiteit), "intake", Verzoeklog.van(context));
        return Response.ok(advies, MediaType.APPLICATION_JSON).build();
    }
}
