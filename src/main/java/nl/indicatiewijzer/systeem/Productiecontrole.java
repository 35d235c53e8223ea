package nl.indicatiewijzer.systeem;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * In the production profile ({@code -Dquarkus.profile=productie}) the service refuses to start while
 * embedded users are configured, no identity provider is configured, or the key for client references, the
 * audit chain or checkpoints is not set (a generated key on local disk is lost with the machine). Checked before anything else starts.
 * Elsewhere it warns at start-up while the embedded users are on.
 */
@Startup(1)
@ApplicationScoped
public class Productiecontrole {
    private static final Logger LOG = Logger.getLogger(Productiecontrole.class);
    private final boolean productie;
    private final Aanmeldwijzen aanmelden;
    private final Optional<String> sleutel;
    private final Optional<String> ketensleutel;
    private final Optional<String> controlepuntsleutel;

    public Productiecontrole(@ConfigProperty(name = "indicatiewijzer.productie", defaultValue = "false") boolean productie,
            Aanmeldwijzen aanmelden,
            @ConfigProperty(name = "indicatiewijzer.sleutel.client-referentie") Optional<String> sleutel,
            @ConfigProperty(name = "indicatiewijzer.sleutel.keten") Optional<String> ketensleutel,
            @ConfigProperty(name = "indicatiewijzer.sleutel.controlepunt") Optional<String> controlepuntsleutel) {
        this.productie = productie;
        this.aanmelden = aanmelden;
        this.sleutel = sleutel;
        this.ketensleutel = ketensleutel;
        this.controlepuntsleutel = controlepuntsleutel;
    }

    @PostConstruct
    void controleer() {
        if (!productie) {
            if (!aanmelden.ingebouwd().isEmpty()) {
                LOG.warnf("De ingebouwde gebruikers %s staan aan (wachtwoord = naam). Alleen voor uitproberen: "
                        + "start in productie met het profiel productie en de identity provider van de gemeente.",
                        String.join(", ", aanmelden.ingebouwd()));
            }
            return;
        }
        List<String> bezwaren = new ArrayList<>();
        if (!aanmelden.ingebouwd().isEmpty()) {
            bezwaren.add("er zijn ingebouwde gebruikers ingesteld (" + Aanmeldwijzen.GEBRUIKERS + "*: "
                    + String.join(", ", aanmelden.ingebouwd()) + ")");
        }
        if (!aanmelden.oidc()) {
            bezwaren.add("er is geen identity provider ingesteld (quarkus.oidc.tenant-enabled=true en quarkus.oidc.auth-server-url)");
        }
        if (sleutel.isEmpty() || sleutel.get().isBlank()) {
            bezwaren.add("de sleutel voor clientreferenties ontbreekt (indicatiewijzer.sleutel.client-referentie)");
        }
        if (ketensleutel.isEmpty() || ketensleutel.get().isBlank()) {
            bezwaren.add("de sleutel van de auditketen ontbreekt (indicatiewijzer.sleutel.keten)");
        }
        if (controlepuntsleutel.isEmpty() || controlepuntsleutel.get().isBlank()) {
            bezwaren.add("de sleutel die controlepunten ondertekent ontbreekt (indicatiewijzer.sleutel.controlepunt)");
        }
        if (!bezwaren.isEmpty()) {
            throw new IllegalStateException("Het productieprofiel start niet: " + String.join("; ", bezwaren) + ". Zie README, 'Productie'.");
        }
    }
}
