package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Schema(name = "Vervoer", additionalProperties = Schema.False.class, description = "Vervoer naar de dagbesteding.")
public class Vervoer {
    @Schema(description = "Kan op eigen kracht (eigen vervoer, openbaar vervoer) of met het netwerk naar de dagbesteding komen.")
    private Boolean zelfstandig;
    @Schema(description = "Is aangewezen op rolstoelvervoer.")
    private Boolean rolstoel;
    @Min(0) @Max(1000)
    @Schema(description = "Enkele reis, kortste route, in hele kilometers.", example = "12")
    private Integer afstandKm;
    @Schema(description = "Geen geschikte plek dichtbij; een verdere is gerechtvaardigd.")
    private Boolean bovenlokaalNoodzakelijk;
    @Min(0) @Max(1440)
    @Schema(description = "Verwachte duur van de hele reis voor de cliënt, enkele reis, in minuten (bijlage5: hoogstens 60).", example = "45")
    private Integer reistijdMinuten;

    public boolean isZelfstandig() {
        return Boolean.TRUE.equals(zelfstandig);
    }

    /** As given: null when the intake said nothing (mlw-mer: for PSY only an explicit false counts). */
    @Schema(hidden = true)
    public Boolean getZelfstandigOpgegeven() {
        return zelfstandig;
    }

    public boolean isRolstoel() {
        return Boolean.TRUE.equals(rolstoel);
    }

    public Integer getReistijdMinuten() {
        return reistijdMinuten;
    }

    public Integer getAfstandKm() {
        return afstandKm;
    }

    public boolean isBovenlokaalNoodzakelijk() {
        return Boolean.TRUE.equals(bovenlokaalNoodzakelijk);
    }

    /** How the transport goes, in the words of the justification. */
    @Schema(hidden = true)
    public String getSoort() {
        return isRolstoel() ? "rolstoelvervoer" : "regulier vervoer";
    }
}
