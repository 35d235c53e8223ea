package nl.indicatiewijzer.advies.antwoord;

import nl.indicatiewijzer.advies.begrippen.Verwijzingsdoel;

public record VerwijzingAntwoord(Verwijzingsdoel naar, String reden) {
}
