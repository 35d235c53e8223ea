package nl.indicatiewijzer.systeem;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;

/**
 * How a caller can sign in, as configured: the embedded users (quarkus-elytron-security-properties-file,
 * HTTP Basic for the API, a session cookie for the pages) and the municipality's identity provider
 * (quarkus-oidc: bearer tokens for the API, the authorization code flow with PKCE for the pages).
 */
@ApplicationScoped
public class Aanmeldwijzen {
    static final String GEBRUIKERS = "quarkus.security.users.embedded.users.";
    private final List<String> ingebouwd;
    private final boolean oidc;

    public Aanmeldwijzen(Config config) {
        this.ingebouwd = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(n -> n.startsWith(GEBRUIKERS))
                .filter(n -> config.getOptionalValue(n, String.class).filter(w -> !w.isBlank()).isPresent())
                .map(n -> n.substring(GEBRUIKERS.length())).sorted().toList();
        this.oidc = config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true)
                && (config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).isPresent()
                        || config.getOptionalValue("quarkus.oidc.public-key", String.class).isPresent());
    }

    /** The names of the embedded users that are configured; empty when there are none. */
    public List<String> ingebouwd() {
        return ingebouwd;
    }

    public boolean oidc() {
        return oidc;
    }

    /**
     * The {@code WWW-Authenticate} challenges of a 401: one for each way of signing in that is on. The web
     * pages' own requests ({@code X-Requested-With: XMLHttpRequest}) are told {@code Form} instead of
     * {@code Basic}: a browser answers a Basic challenge to a script with its own password dialog.
     */
    public List<String> uitdagingen(boolean ongeldigToken, boolean pagina) {
        List<String> uitdagingen = new ArrayList<>();
        if (oidc) {
            uitdagingen.add("Bearer realm=\"Indicatiewijzer\"" + (ongeldigToken ? ", error=\"invalid_token\"" : ""));
        }
        if (!ingebouwd.isEmpty() || !oidc) {
            uitdagingen.add(pagina ? "Form realm=\"Indicatiewijzer\"" : "Basic realm=\"Indicatiewijzer\", charset=\"UTF-8\"");
        }
        return uitdagingen;
    }

    public String aanwijzing() {
        return oidc ? "Stuur een geldig toegangstoken (Authorization: Bearer ...) van de identity provider van de gemeente."
                : "Meld u aan met gebruikersnaam en wachtwoord.";
    }
}
