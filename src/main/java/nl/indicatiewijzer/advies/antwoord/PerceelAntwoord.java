package nl.indicatiewijzer.advies.antwoord;

public record PerceelAntwoord(int nummer, String naam) {
}
