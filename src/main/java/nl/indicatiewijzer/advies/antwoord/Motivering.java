package nl.indicatiewijzer.advies.antwoord;

/** One rule that shaped the advice (or a limit to know), in Dutch, with its source. */
public record Motivering(String regel, String tekst, String bron) {
}
