package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Schema(name = "Toezicht", additionalProperties = Schema.False.class, description = "Toezicht.")
public class Toezicht {
    @Schema(description = "Heeft tijdens het verblijf op elk moment toezicht nodig (vallen, kan geen hulp inroepen, gedrag).")
    private Boolean permanent;
    @Schema(description = "Heeft thuis 24 uur per dag zorg of toezicht in de nabijheid nodig (de Wlz-lijn).")
    private Boolean nabijheid24uur;
    @Schema(description = "Heeft hoogfrequente onplanbare zorg nodig die tot gezondheidsrisico's leidt, bijvoorbeeld omdat de nabijheid "
            + "van zorg niet gegarandeerd kan worden (bkb24, Afbakening WLZ).")
    private Boolean onplanbareZorgMetGezondheidsrisico;

    public boolean isPermanent() {
        return Boolean.TRUE.equals(permanent);
    }

    public boolean isNabijheid24uur() {
        return Boolean.TRUE.equals(nabijheid24uur);
    }

    public boolean isOnplanbareZorgMetGezondheidsrisico() {
        return Boolean.TRUE.equals(onplanbareZorgMetGezondheidsrisico);
    }

}
