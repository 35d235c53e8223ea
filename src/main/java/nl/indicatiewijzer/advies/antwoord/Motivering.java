package nl.indicatiewijzer.advies.antwoord;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One rule that shaped the advice (or a limit to know), in Dutch, with its source. */
@JsonPropertyOrder({"regel", "tekst", "bron"})
public record Motivering(String regel, String tekst, String bron) {
}
