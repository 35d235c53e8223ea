package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.indicatiewijzer.advies.begrippen.Resultaatgebied;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Schema(name = "Huishouden", additionalProperties = Schema.False.class, description = "Het huishouden.")
public class Huishouden {
    @Min(1) @Max(30)
    @Schema(description = "Aantal personen in het huishouden.", example = "3")
    private Integer personen;
    @Schema(description = "Volwassen huisgenoten kunnen taken overnemen.")
    private Boolean volwassenHuisgenotenKunnenOvernemen;
    @Min(0) @Max(30)
    @Schema(description = "Aantal kinderen jonger dan 5.", example = "0")
    private Integer kinderenOnder5;
    @Min(0) @Max(30)
    @Schema(description = "Aantal kinderen jonger dan 13.", example = "1")
    private Integer kinderenOnder13;
    @Min(0) @Max(30)
    @Schema(description = "Aantal kinderen jonger dan 6.", example = "0")
    private Integer kinderenOnder6;
    @Schema(description = "Er is een hulphond.")
    private Boolean hulphond;
    @Schema(description = "Verzorging van een huisdier is acuut nodig.")
    private Boolean huisdierAcuut;
    @Schema(description = "Het huis is sterk vervuild.")
    private Boolean hogeVervuilingsgraad;
    @Schema(description = "Er is extra tijd voor de was nodig.")
    private Boolean extraWasTijd;
    @Min(0) @Max(120)
    @Schema(description = "Leeftijd van wie uit het sociaal netwerk de huishoudelijke ondersteuning via een pgb zou geven (stede-broec art. 10 lid 3: minimaal 16).",
            example = "17")
    private Integer leeftijdHulpUitNetwerk;
    @Size(min = 1, max = 5)
    @Schema(description = "De resultaatgebieden van Bijlage 2 waarbij de cliënt hulp nodig heeft (stede-broec, profiel 4); "
            + "zonder dit veld alle, zoals bij volledige professionele overname.")
    private List<Resultaatgebied> resultaatgebieden;

    /** Null when the intake did not choose: then every result area counts. */
    public List<Resultaatgebied> getResultaatgebieden() {
        return resultaatgebieden;
    }

    public Integer getLeeftijdHulpUitNetwerk() {
        return leeftijdHulpUitNetwerk;
    }

    public Integer getPersonen() {
        return personen;
    }

    public boolean isVolwassenHuisgenotenKunnenOvernemen() {
        return Boolean.TRUE.equals(volwassenHuisgenotenKunnenOvernemen);
    }

    public Integer getKinderenOnder5() {
        return kinderenOnder5;
    }

    public Integer getKinderenOnder13() {
        return kinderenOnder13;
    }

    public Integer getKinderenOnder6() {
        return kinderenOnder6;
    }

    public boolean isHulphond() {
        return Boolean.TRUE.equals(hulphond);
    }

    public boolean isHuisdierAcuut() {
        return Boolean.TRUE.equals(huisdierAcuut);
    }

    public boolean isHogeVervuilingsgraad() {
        return Boolean.TRUE.equals(hogeVervuilingsgraad);
    }

    public boolean isExtraWasTijd() {
        return Boolean.TRUE.equals(extraWasTijd);
    }

}
