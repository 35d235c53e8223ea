package nl.indicatiewijzer.systeem;

/** One bad field of a request: its path in the body (e.g. {@code vervoer.afstandKm}) and why. */
public record OngeldigeParameter(String name, String reason) {
}
