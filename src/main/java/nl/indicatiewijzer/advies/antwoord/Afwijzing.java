package nl.indicatiewijzer.advies.antwoord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An alternative that was considered, and the rule that ruled it out; a table row also with its file and row. */
@JsonPropertyOrder({"optie", "regel", "reden", "bron", "tabelrij"})
public record Afwijzing(String optie, String regel, String reden, String bron, @JsonInclude(JsonInclude.Include.NON_NULL) String tabelrij) {
}
