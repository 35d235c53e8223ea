package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.indicatiewijzer.advies.begrippen.Hulpvraag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Schema(name = "Pgb", additionalProperties = Schema.False.class, description = "Pgb-vaardigheid van de cliënt of de beoogde "
        + "budgetbeheerder, en de budgetbeheerder (stede-broec art. 11). Een veld dat ontbreekt, is niet getoetst.")
public class Pgb {
    @Schema(description = "Vaardig in de kwaliteit van het persoonlijk budgetplan (art. 11 lid 4 a).")
    private Boolean budgetplan;
    @Schema(description = "Vaardig in financieel beheer (art. 11 lid 4 b).")
    private Boolean financieelBeheer;
    @Schema(description = "Vaardig in zorginhoudelijk beheer (art. 11 lid 4 c).")
    private Boolean zorginhoudelijkBeheer;
    @Schema(description = "Vaardig in werkgeverschap, indien van toepassing (art. 11 lid 4 d).")
    private Boolean werkgeverschap;
    @Schema(description = "Er is een budgetbeheerder (wettelijk vertegenwoordiger of gemachtigde).")
    private Boolean budgetbeheerder;
    @Schema(description = "De budgetbeheerder levert zelf de ondersteuning.")
    private Boolean budgetbeheerderLevertOndersteuning;
    @Schema(description = "De budgetbeheerder staat zelf onder bewind.")
    private Boolean budgetbeheerderOnderBewind;
    @Min(0) @Max(1000)
    @Schema(description = "Aantal budgethouders dat de budgetbeheerder bedient, deze cliënt meegeteld.", example = "1")
    private Integer budgetbeheerderAantalBudgethouders;
    @Schema(description = "De budgetbeheerder wordt uit het pgb betaald.")
    private Boolean budgetbeheerderBetaaldUitPgb;
    @Schema(description = "De ondersteuning via het pgb wordt gegeven door een informele aanbieder (iemand uit het sociaal netwerk), art. 12 lid 5.")
    private Boolean informeleAanbieder;
    @Size(min = 1, max = 16)
    @Schema(description = "Het pgb is alleen gevraagd voor deze hulpvragen, de andere in natura (art. 14); zonder dit veld "
            + "het hele arrangement als pgb.")
    private List<Hulpvraag> alleenVoorHulpvragen;
    @Schema(description = "De cliënt ontving al vóór 1 januari 2020 zowel een Wmo-maatwerkvoorziening in natura als een pgb "
            + "(art. 14 lid 1: dan mag één arrangement beide vormen combineren).")
    private Boolean zinEnPgbVoor2020;

    /** Null when the whole arrangement is asked as pgb. */
    public List<Hulpvraag> getAlleenVoorHulpvragen() {
        return alleenVoorHulpvragen;
    }

    public boolean isZinEnPgbVoor2020() {
        return Boolean.TRUE.equals(zinEnPgbVoor2020);
    }

    public Boolean getBudgetplan() {
        return budgetplan;
    }

    public Boolean getFinancieelBeheer() {
        return financieelBeheer;
    }

    public Boolean getZorginhoudelijkBeheer() {
        return zorginhoudelijkBeheer;
    }

    public Boolean getWerkgeverschap() {
        return werkgeverschap;
    }

    public boolean isBudgetbeheerder() {
        return Boolean.TRUE.equals(budgetbeheerder);
    }

    public boolean isBudgetbeheerderLevertOndersteuning() {
        return Boolean.TRUE.equals(budgetbeheerderLevertOndersteuning);
    }

    public boolean isBudgetbeheerderOnderBewind() {
        return Boolean.TRUE.equals(budgetbeheerderOnderBewind);
    }

    public Integer getBudgetbeheerderAantalBudgethouders() {
        return budgetbeheerderAantalBudgethouders;
    }

    public boolean isInformeleAanbieder() {
        return Boolean.TRUE.equals(informeleAanbieder);
    }

    public boolean isBudgetbeheerderBetaaldUitPgb() {
        return Boolean.TRUE.equals(budgetbeheerderBetaaldUitPgb);
    }
}
