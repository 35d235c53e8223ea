package nl.indicatiewijzer.systeem;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In the production profile ({@code -Dquarkus.profile=productie}) the service refuses to start while
 * the embedded users are on, no identity provider is configured, or the key for client references is
 * not set (a generated key on local disk is lost with the machine). Checked before anything else starts.
 */
@Startup(1)
@ApplicationScoped
public class Productiecontrole {
    private final boolean productie;
    private final boolean ingebouwdeGebruikers;
    private final Tokencontrole tokens;
    private final Optional<String> sleutel;

    public Productiecontrole(@ConfigProperty(name = "indicatiewijzer.productie", defaultValue = "false") boolean productie,
            @ConfigProperty(name = "indicatiewijzer.ingebouwde-gebruikers", defaultValue = "true") boolean ingebouwdeGebruikers,
            Tokencontrole tokens,
            @ConfigProperty(name = "indicatiewijzer.sleutel.client-referentie") Optional<String> sleutel) {
        this.productie = productie;
        this.ingebouwdeGebruikers = ingebouwdeGebruikers;
        this.tokens = tokens;
        this.sleutel = sleutel;
    }

    @PostConstruct
    void controleer() {
        if (!productie) {
            return;
        }
        List<String> bezwaren = new ArrayList<>();
        if (ingebouwdeGebruikers) {
            bezwaren.add("de ingebouwde gebruikers staan aan (indicatiewijzer.ingebouwde-gebruikers=true)");
        }
        if (!tokens.aan()) {
            bezwaren.add("er is geen aanmelding ingesteld (indicatiewijzer.oidc.issuer met jwks-url of jwks-bestand)");
        }
        if (sleutel.isEmpty() || sleutel.get().isBlank()) {
            bezwaren.add("de sleutel voor clientreferenties ontbreekt (indicatiewijzer.sleutel.client-referentie)");
        }
        if (!bezwaren.isEmpty()) {
            throw new IllegalStateException("Het productieprofiel start niet: " + String.join("; ", bezwaren) + ". Zie README, 'Productie'.");
        }
    }
}
