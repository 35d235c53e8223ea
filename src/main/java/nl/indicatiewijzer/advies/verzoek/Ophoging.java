package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.indicatiewijzer.advies.begrippen.*;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Schema(name = "Ophoging", additionalProperties = Schema.False.class, description = "Een reden om de uren te verhogen.")
public class Ophoging {
    @NotNull
    @Schema(description = "De code van de reden (Stede Broec Bijlage 3).")
    private Ophogingscode code;
    @Min(1) @Max(30)
    @Schema(description = "Aantal gezinsleden (C1).", example = "2")
    private Integer gezinsleden;
    @Min(30) @Max(60)
    @Schema(description = "Minuten per gezinslid per week (C1).", example = "45")
    private Integer minutenPerGezinslid;

    public Ophogingscode getCode() {
        return code;
    }

    public Integer getGezinsleden() {
        return gezinsleden;
    }

    public Integer getMinutenPerGezinslid() {
        return minutenPerGezinslid;
    }

}
