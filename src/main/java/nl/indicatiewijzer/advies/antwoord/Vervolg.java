package nl.indicatiewijzer.advies.antwoord;

import java.util.List;

/** What may follow an advised product, as its catalogue lists it ("Mogelijk vervolg"), with the source. */
public record Vervolg(List<String> mogelijkheden, String bron) {
}
