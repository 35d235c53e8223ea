package nl.indicatiewijzer.advies;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The gemeenten whose regeling the service knows, so the intake form can choose the regeling from the gemeente. */
@Path("/api/v1/gemeenten")
@RolesAllowed("intake")
@Produces(MediaType.APPLICATION_JSON)
public class GemeentenResource {

    public record Gemeente(String naam, String regeling) {
    }

    @GET
    public List<Gemeente> gemeenten() {
        return Gemeenten.bekend().entrySet().stream().map(e -> new Gemeente(e.getKey(), e.getValue().code())).toList();
    }
}
