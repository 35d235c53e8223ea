package nl.indicatiewijzer.advies.antwoord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.indicatiewijzer.advies.begrippen.Uitkomst;

/** The advice as CONTRACT.md "Response: an advice" names it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"adviesId", "regeling", "regelsetVersie", "peildatum", "tijdstip", "uitkomst", "verwijzing", "perceel",
    "arrangement", "producten", "motivering", "afgewezen", "waarschuwingen", "ontbrekend"})
public record Advies(
        UUID adviesId,
        String regeling,
        String regelsetVersie,
        LocalDate peildatum,
        OffsetDateTime tijdstip,
        Uitkomst uitkomst,
        VerwijzingAntwoord verwijzing,
        PerceelAntwoord perceel,
        ArrangementAntwoord arrangement,
        List<ProductAdvies> producten,
        List<Motivering> motivering,
        List<Afwijzing> afgewezen,
        List<Motivering> waarschuwingen,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> ontbrekend) {
}
