package nl.indicatiewijzer.advies.antwoord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.indicatiewijzer.advies.begrippen.Grondslag;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "naam", "grondslag", "perceel", "productcategorie", "eenheid", "omvang", "omvangEenheid",
    "maxDuurMaanden", "einddatum", "tarief", "tariefJaar", "kmKlasse", "rolstoel", "vervolg"})
public record ProductAdvies(
        String code,
        String naam,
        Grondslag grondslag,
        Integer perceel,
        String productcategorie,
        String eenheid,
        BigDecimal omvang,
        String omvangEenheid,
        Integer maxDuurMaanden,
        LocalDate einddatum,
        BigDecimal tarief,
        Integer tariefJaar,
        String kmKlasse,
        Boolean rolstoel,
        Vervolg vervolg) {
}
