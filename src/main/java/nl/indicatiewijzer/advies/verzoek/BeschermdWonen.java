package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Schema(name = "BeschermdWonen", additionalProperties = Schema.False.class, description = "Beschermd wonen.")
public class BeschermdWonen {
    @Schema(description = "Heeft een toewijzing beschermd wonen.")
    private Boolean toewijzing;
    @Schema(description = "Wacht op beschermd wonen.")
    private Boolean wachtend;
    @Schema(description = "Stroomt uit beschermd wonen.")
    private Boolean uitstroom;

    public boolean isToewijzing() {
        return Boolean.TRUE.equals(toewijzing);
    }

    public boolean isWachtend() {
        return Boolean.TRUE.equals(wachtend);
    }

    public boolean isUitstroom() {
        return Boolean.TRUE.equals(uitstroom);
    }

}
