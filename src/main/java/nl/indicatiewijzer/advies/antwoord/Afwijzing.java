package nl.indicatiewijzer.advies.antwoord;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An alternative that was considered, and the rule that ruled it out. */
@JsonPropertyOrder({"optie", "regel", "reden", "bron"})
public record Afwijzing(String optie, String regel, String reden, String bron) {
}
