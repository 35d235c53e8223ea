package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Base64;
import java.util.List;
import nl.indicatiewijzer.systeem.Jsonlezer;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/**
 * Auditors check that the log was not rewritten: the whole chain with a signed checkpoint, a saved
 * checkpoint against the log of now, and the public key that checks every signature.
 */
@Path("/api/v1/adviezen/integriteit")
@RolesAllowed("auditor")
@Produces(MediaType.APPLICATION_JSON)
public class IntegriteitResource {
    private final Integriteitscontrole controle;
    private final Controlepunten controlepunten;
    private final ObjectMapper json;

    public IntegriteitResource(Integriteitscontrole controle, Controlepunten controlepunten, ObjectMapper json) {
        this.controle = controle;
        this.controlepunten = controlepunten;
        this.json = json;
    }

    @GET
    public Integriteit integriteit() {
        return controle.controleer().met(controlepunten.nieuwste());
    }

    /** The body is an earlier answer of {@code GET .../integriteit}, as it was saved (or only its {@code controlepunt}). */
    @POST
    @Path("controle")
    @Consumes(MediaType.APPLICATION_JSON)
    public Controlepunten.Controle controleer(String lichaam) {
        JsonNode opgeslagen = Jsonlezer.lees(json, lichaam);
        Controlepunt punt = Opgeslagencontrolepunt.lees(opgeslagen.has("controlepunt") ? opgeslagen.get("controlepunt") : opgeslagen,
                opgeslagen.has("controlepunt") ? "controlepunt." : "");
        if (!punt.echt(controlepunten.sleutel().publiek())) {
            throw new OngeldigVerzoekException(List.of(new OngeldigeParameter(opgeslagen.has("controlepunt") ? "controlepunt.handtekening"
                    : "handtekening", "is niet de handtekening van deze dienst over dit controlepunt: een veld is gewijzigd of het "
                    + "controlepunt komt niet van deze dienst")));
        }
        return controlepunten.controleer(punt);
    }

    /** The Ed25519 key that checks every checkpoint: X.509 SubjectPublicKeyInfo, in base64 and as PEM. */
    public record Sleutel(String algoritme, String publiekeSleutel, String pem) {
    }

    @GET
    @Path("sleutel")
    public Sleutel sleutel() {
        String der = Base64.getEncoder().encodeToString(controlepunten.sleutel().publiek().getEncoded());
        return new Sleutel("Ed25519", der, "-----BEGIN PUBLIC KEY-----\n" + der + "\n-----END PUBLIC KEY-----\n");
    }
}
