package nl.indicatiewijzer.beslistabel;

/**
 * A data cell's value after it parsed as its column's type. {@code tekst} is the value itself: text
 * or a date (yyyy-mm-dd) that only ever reaches DRL as a {@link Literaal}; or a whole or decimal
 * number, true/false, or an enum constant, each already matched against its exact form.
 */
public record Waarde(Kolomtype.Soort soort, String tekst) {
}
