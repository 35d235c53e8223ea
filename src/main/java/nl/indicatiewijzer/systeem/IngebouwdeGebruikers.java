package nl.indicatiewijzer.systeem;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The embedded default users {@code intake}, {@code beleid}, {@code beleid2} (a colleague, for the
 * four-eyes activation) and {@code auditor}, each with its name as password. For trying the service out only: a warning says so at start-up.
 */
@ApplicationScoped
public class IngebouwdeGebruikers {
    private static final Logger LOG = Logger.getLogger(IngebouwdeGebruikers.class);
    private static final Map<String, Set<String>> ROLLEN = Map.of(
            "intake", Set.of("intake"),
            "beleid", Set.of("beleid"),
            "beleid2", Set.of("beleid"),
            "auditor", Set.of("auditor"));

    private final boolean aan;

    public IngebouwdeGebruikers(@ConfigProperty(name = "indicatiewijzer.ingebouwde-gebruikers", defaultValue = "true") boolean aan) {
        this.aan = aan;
    }

    void waarschuw(@Observes StartupEvent start) {
        if (aan) {
            LOG.warn("De ingebouwde gebruikers intake, beleid, beleid2 en auditor (wachtwoord = naam) staan aan. "
                    + "Alleen voor uitproberen: zet indicatiewijzer.ingebouwde-gebruikers=false in productie.");
        }
    }

    public Optional<Gebruiker> aanmelden(String naam, String wachtwoord) {
        Set<String> rollen = aan ? ROLLEN.get(naam) : null;
        if (rollen == null || !MessageDigest.isEqual(naam.getBytes(StandardCharsets.UTF_8),
                wachtwoord.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(new Gebruiker(naam, rollen));
    }
}
