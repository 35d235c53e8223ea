package nl.indicatiewijzer.systeem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who is signed in, with which roles: the web pages show a caller only what those roles may see. */
@Path("/api/v1/gebruiker")
@Rol(Rol.AANGEMELD)
@Produces(MediaType.APPLICATION_JSON)
public class GebruikerResource {

    public record Aanmelding(String naam, List<String> rollen) {
    }

    @GET
    public Aanmelding wieBenIk(@Context ContainerRequestContext verzoek) {
        Gebruiker gebruiker = (Gebruiker) verzoek.getProperty(Toegangscontrole.GEBRUIKER);
        return new Aanmelding(gebruiker.naam(), gebruiker.rollen().stream().sorted().toList());
    }
}
