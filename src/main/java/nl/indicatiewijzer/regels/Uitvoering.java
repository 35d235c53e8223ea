package nl.indicatiewijzer.regels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.indicatiewijzer.regels.feiten.GeenMaatwerk;
import nl.indicatiewijzer.regels.feiten.Verwijzing;

/** The facts left in working memory after the rules fired, and the justification they wrote. */
public record Uitvoering(List<Object> feiten, Spoorvolger spoor) {

    public <T> List<T> alle(Class<T> soort) {
        List<T> uit = new ArrayList<>();
        for (Object feit : feiten) {
            if (soort.isInstance(feit)) {
                uit.add(soort.cast(feit));
            }
        }
        return Collections.unmodifiableList(uit);
    }

    /** Whether a rule that applies to every regeling already closed the case (a referral, or no maatwerk). */
    public boolean isAfgebakend() {
        return alle(Verwijzing.class).stream().anyMatch(Verwijzing::isAfsluitend) || !alle(GeenMaatwerk.class).isEmpty();
    }
}
