package nl.indicatiewijzer.systeem;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/** A signed-in caller: the name that is recorded with a decision, and its roles. */
public record Gebruiker(String naam, Set<String> rollen) {

    public static Gebruiker van(SecurityIdentity identiteit) {
        return new Gebruiker(identiteit.getPrincipal().getName(), Set.copyOf(identiteit.getRoles()));
    }
}
