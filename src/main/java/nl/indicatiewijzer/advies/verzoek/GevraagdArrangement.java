package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.indicatiewijzer.advies.begrippen.*;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Schema(name = "GevraagdArrangement", additionalProperties = Schema.False.class, description = "Een voorgesteld arrangement.")
public class GevraagdArrangement {
    @NotNull @Min(1) @Max(5)
    @Schema(description = "Ondersteuningsprofiel 1 tot en met 5.", example = "3")
    private Integer profiel;
    @NotNull
    @Schema(description = "Intensiteit.")
    private Intensiteit intensiteit;

    public Integer getProfiel() {
        return profiel;
    }

    public Intensiteit getIntensiteit() {
        return intensiteit;
    }

}
