package nl.indicatiewijzer.systeem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.List;
import nl.indicatiewijzer.advies.begrippen.Regeling;
import nl.indicatiewijzer.audit.Database;
import nl.indicatiewijzer.regels.RegelsetRegister;

/**
 * Health for a load balancer or Kubernetes, in the MicroProfile Health shape, without a login:
 * live while the process answers; ready only when every regeling has a built rule set and the
 * audit store answers (an advice that cannot be stored is not given).
 */
@Path("/q/health")
@Produces(MediaType.APPLICATION_JSON)
public class GezondheidResource {
    private final RegelsetRegister register;
    private final Database database;

    public GezondheidResource(RegelsetRegister register, Database database) {
        this.register = register;
        this.database = database;
    }

    public record Controle(String name, String status) {
    }

    public record Gezondheid(String status, List<Controle> checks) {
    }

    @GET
    @Path("live")
    public Gezondheid levend() {
        return new Gezondheid("UP", List.of(new Controle("proces", "UP")));
    }

    @GET
    @Path("ready")
    public Response gereed() {
        return antwoord(List.of(regelsets(), auditopslag()));
    }

    @GET
    public Response alles() {
        return gereed();
    }

    private Controle regelsets() {
        for (Regeling r : Regeling.values()) {
            if (register.actief(r) == null) {
                return new Controle("regelsets", "DOWN");
            }
        }
        return new Controle("regelsets", "UP");
    }

    private Controle auditopslag() {
        try (Connection c = database.verbinding()) {
            return new Controle("auditopslag", c.isValid(2) ? "UP" : "DOWN");
        } catch (Exception e) {
            return new Controle("auditopslag", "DOWN");
        }
    }

    private static Response antwoord(List<Controle> controles) {
        boolean op = controles.stream().allMatch(c -> c.status().equals("UP"));
        return Response.status(op ? 200 : 503).type(MediaType.APPLICATION_JSON).entity(new Gezondheid(op ? "UP" : "DOWN", controles)).build();
    }
}
