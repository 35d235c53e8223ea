package nl.indicatiewijzer.advies.antwoord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** stede-broec: the one arrangement of profile and intensity, as CONTRACT.md names its fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "profiel", "intensiteit", "toestand", "perspectief", "duur", "evaluatiemoment", "groepsgrootte",
    "lichteDagbestedingMogelijk", "urenPerWeek", "pgbNiveau", "huishoudenMinutenPerWeek"})
public record ArrangementAntwoord(String code, int profiel, String intensiteit, String toestand, String perspectief,
        String duur, String evaluatiemoment, Integer groepsgrootte, Boolean lichteDagbestedingMogelijk,
        BigDecimal urenPerWeek, String pgbNiveau, Integer huishoudenMinutenPerWeek) {
}
