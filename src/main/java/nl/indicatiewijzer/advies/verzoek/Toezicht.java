package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.indicatiewijzer.advies.begrippen.*;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Toezicht {
    private Boolean permanent;
    private Boolean nabijheid24uur;

    /** Absent means false (CONTRACT.md, "What absence means"). */
    public boolean isPermanent() {
        return Boolean.TRUE.equals(permanent);
    }

    public Boolean getPermanentOpgegeven() {
        return permanent;
    }

    /** Absent means false (CONTRACT.md, "What absence means"). */
    public boolean isNabijheid24uur() {
        return Boolean.TRUE.equals(nabijheid24uur);
    }

    public Boolean getNabijheid24uurOpgegeven() {
        return nabijheid24uur;
    }

}
