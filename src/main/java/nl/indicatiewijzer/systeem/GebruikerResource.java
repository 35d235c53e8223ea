package nl.indicatiewijzer.systeem;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who is signed in, with which roles: the web pages show a caller only what those roles may see. */
@Path("/api/v1/gebruiker")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class GebruikerResource {
    private final SecurityIdentity identiteit;

    public GebruikerResource(SecurityIdentity identiteit) {
        this.identiteit = identiteit;
    }

    public record Aanmelding(String naam, List<String> rollen) {
    }

    @GET
    public Aanmelding wieBenIk() {
        Gebruiker gebruiker = Gebruiker.van(identiteit);
        return new Aanmelding(gebruiker.naam(), gebruiker.rollen().stream().sorted().toList());
    }
}
