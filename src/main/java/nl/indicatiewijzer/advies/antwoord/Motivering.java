package nl.indicatiewijzer.advies.antwoord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One rule that shaped the advice (or a limit to know), in Dutch, with its source; a table row also with its file and row. */
@JsonPropertyOrder({"regel", "tekst", "bron", "tabelrij"})
public record Motivering(String regel, String tekst, String bron, @JsonInclude(JsonInclude.Include.NON_NULL) String tabelrij) {
}
