package nl.indicatiewijzer.systeem;

import java.util.Set;

/** A signed-in caller: the name that is recorded with a decision, and its roles. */
public record Gebruiker(String naam, Set<String> rollen) {
}
