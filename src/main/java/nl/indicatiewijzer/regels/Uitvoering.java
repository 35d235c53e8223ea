package nl.indicatiewijzer.regels;

import java.util.List;
import nl.indicatiewijzer.regels.feiten.GeenMaatwerk;
import nl.indicatiewijzer.regels.feiten.Verwijzing;

/** The facts left in working memory after the rules fired, and the justification they wrote. */
public record Uitvoering(List<Object> feiten, Spoorvolger spoor) {

    public <T> List<T> alle(Class<T> soort) {
        return feiten.stream().filter(soort::isInstance).map(soort::cast).toList();
    }

    /** Whether a rule that applies to every regeling already closed the case (a referral, or no maatwerk). */
    public boolean isAfgebakend() {
        return alle(Verwijzing.class).stream().anyMatch(Verwijzing::isAfsluitend) || !alle(GeenMaatwerk.class).isEmpty();
    }
}
