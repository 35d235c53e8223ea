package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.indicatiewijzer.advies.begrippen.*;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Groep {
    private Boolean contraIndicatie;
    @Bereik(min=1,max=100)
    private Integer maxGroepsgrootte;

    /** Absent means false (CONTRACT.md, "What absence means"). */
    public boolean isContraIndicatie() {
        return Boolean.TRUE.equals(contraIndicatie);
    }

    public Boolean getContraIndicatieOpgegeven() {
        return contraIndicatie;
    }

    public Integer getMaxGroepsgrootte() {
        return maxGroepsgrootte;
    }

}
