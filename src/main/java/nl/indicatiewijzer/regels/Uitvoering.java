package nl.indicatiewijzer.regels;

import java.util.List;

/** The facts left in working memory after the rules fired, and the justification they wrote. */
public record Uitvoering(List<Object> feiten, Spoorvolger spoor) {

    public <T> List<T> alle(Class<T> soort) {
        return feiten.stream().filter(soort::isInstance).map(soort::cast).toList();
    }
}
