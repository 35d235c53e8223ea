package nl.indicatiewijzer.advies;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.indicatiewijzer.systeem.Gebruiker;

/** Intake teams ask for advice on a client situation (CONTRACT.md, "Asking for advice"). */
@Path("/api/v1/adviezen")
public class AdviesResource {
    private final AdviesService service;
    private final SecurityIdentity identiteit;

    public AdviesResource(AdviesService service, SecurityIdentity identiteit) {
        this.service = service;
        this.identiteit = identiteit;
    }

    /**
     * The answer is the stored advice, byte for byte: it is sent only once it is durable. The request's own I/O thread
     * reads and decides (no I/O, well under a millisecond), and answers once the audit writer has committed; no worker
     * thread waits for the commit in between (README, "Snelheid").
     */
    @POST
    @RolesAllowed("intake")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> vraagAdvies(String verzoek) {
        Context verzoekcontext = Vertx.currentContext();
        return Uni.createFrom().completionStage(service.adviseer(verzoek, Gebruiker.van(identiteit), "intake"))
                .emitOn(taak -> verzoekcontext.runOnContext(niets -> taak.run()))
                .map(advies -> Response.ok(advies, MediaType.APPLICATION_JSON).build());
    }
}
