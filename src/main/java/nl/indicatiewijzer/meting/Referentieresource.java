package nl.indicatiewijzer.meting;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
 * contract, so not in the OpenAPI document.
 */
@Path("/api/v1/meting/referentie")
public class Referentieresource {
    private final boolean aan;
    private final Regelsets regelsets;
    private final SecurityIdentity identiteit;

    public Referentieresource(@ConfigProperty(name = "indicatiewijzer.meting.referentie", defaultValue = "false") boolean aan,
            @ConfigProperty(name = "indicatiewijzer.productie", defaultValue = "false") boolean productie,
            Regelsets regelsets, SecurityIdentity identiteit) {
        this.aan = aan && !productie;
        this.regelsets = regelsets;
        this.identiteit = identiteit;
    }

    /** Checked in this order so that, when off, the path looks like any unknown one, signed in or not. */
    @POST
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> beslis(Clientsituatie situatie) {
        if (!aan) {
            throw new NotFoundException();
        }
        if (identiteit.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identiteit.hasRole("intake")) {
            throw new ForbiddenException();
        }
        Regelset regelset = regelsets.actief(situatie.getRegeling() != null ? situatie.getRegeling() : Regeling.MLW_MER);
        if (regelset == null) {
            throw new NietBeschikbaarException(503, "Regels niet geladen", "De regels van deze regeling worden nog geladen");
        }
        KieSession sessie = regelset.kieBase().newKieSession();
        try {
            Beslisser.voegFeitenIn(sessie, situatie);
            sessie.fireAllRules();
            return sessie.getObjects(o -> o instanceof Product).stream().map(p -> ((Product) p).getCode()).sorted().toList();
        } finally {
            sessie.dispose();
        }
    }
}
