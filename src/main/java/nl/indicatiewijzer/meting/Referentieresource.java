package nl.indicatiewijzer.meting;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.NonBlocking;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.regels.Beslisser;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.feiten.Product;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.versies.Regelsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kie.api.runtime.KieSession;

/**
 * The bare reference of bench/run.sh (issue 23): the same HTTP stack, Basic auth and request class as
 * POST /api/v1/adviezen, and the same active rule base of the regeling, but no validation, no justification
 * and no audit. It answers the codes of the advised products. Off (404) unless the runtime property
 * {@code indicatiewijzer.meting.referentie=true} is set, and always off in the production profile; not part of the
 * contract, so not in the OpenAPI document. Like the real endpoint it decides on the request's I/O thread.
 */
@Path("/api/v1/meting/referentie")
public class Referentieresource {
    private final boolean aan;
    private final Regelsets regelsets;
    private final SecurityIdentity identiteit;
    private final ObjectMapper json;

    public Referentieresource(@ConfigProperty(name = "indicatiewijzer.meting.referentie", defaultValue = "false") boolean aan,
            @ConfigProperty(name = "indicatiewijzer.productie", defaultValue = "false") boolean productie,
            Regelsets regelsets, SecurityIdentity identiteit, ObjectMapper json) {
        this.aan = aan && !productie;
        this.regelsets = regelsets;
        this.identiteit = identiteit;
        this.json = json;
    }

    /**
     * Checked in this order so that, when off, the path looks like any unknown one, signed in or not, whatever
     * the body: it is read only after the checks, into the same request class as the real endpoint.
     */
    @POST
    @NonBlocking
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> beslis(byte[] lichaam) {
        if (!aan) {
            throw new NotFoundException();
        }
        if (identiteit.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identiteit.hasRole("intake")) {
            throw new ForbiddenException();
        }
        Clientsituatie situatie;
        try {
            situatie = json.readValue(lichaam, Clientsituatie.class);
        } catch (IOException e) {
            throw new BadRequestException();
        }
        Regeling regeling = situatie.getRegeling() != null ? situatie.getRegeling() : Regeling.MLW_MER;
        Regelset regelset = situatie.getPeildatum() != null ? regelsets.op(regeling, situatie.getPeildatum()) : regelsets.actief(regeling);
        if (regelset == null) {
            throw new NietBeschikbaarException(503, "Regels niet geladen", "De regels van deze regeling worden nog geladen");
        }
        KieSession sessie = regelset.kieBase().newKieSession();
        try {
            Beslisser.voegFeitenIn(sessie, situatie);
            sessie.fireAllRules(Beslisser.MAXIMUM_AANTAL_REGELS);
            return sessie.getObjects(o -> o instanceof Product).stream().map(p -> ((Product) p).getCode()).sorted().toList();
        } finally {
            sessie.dispose();
        }
    }
}
