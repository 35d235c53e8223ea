package nl.indicatiewijzer.advies.antwoord;

/** An alternative that was considered, and the rule that ruled it out. */
public record Afwijzing(String optie, String regel, String reden, String bron) {
}
