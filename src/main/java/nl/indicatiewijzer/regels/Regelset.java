package nl.indicatiewijzer.regels;

import java.util.List;
import nl.indicatiewijzer.advies.begrippen.Regeling;
import org.kie.api.KieBase;

/**
 * One built version of a regeling: its KieBase, built once and shared by all requests, and the
 * exact files it was built from. {@code versie} is the SHA-256 of those files.
 */
public record Regelset(Regeling regeling, String versie, KieBase kieBase, List<Regelbestand> bestanden,
        boolean eigenRegels) {
}
