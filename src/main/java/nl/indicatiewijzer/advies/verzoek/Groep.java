package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Schema(name = "Groep", additionalProperties = Schema.False.class, description = "Groepsbegeleiding.")
public class Groep {
    @Schema(description = "Contra-indicatie voor groepsbegeleiding.")
    private Boolean contraIndicatie;
    @Min(0) @Max(100)
    @Schema(description = "Grootste groep waarin de cliënt kan functioneren; 0 of 1: in geen groep (een groep is minstens twee cliënten).", example = "8")
    private Integer maxGroepsgrootte;

    public boolean isContraIndicatie() {
        return Boolean.TRUE.equals(contraIndicatie);
    }

    public Integer getMaxGroepsgrootte() {
        return maxGroepsgrootte;
    }

}
