package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Toezicht {
    private Boolean permanent;
    private Boolean nabijheid24uur;

    public boolean isPermanent() {
        return Boolean.TRUE.equals(permanent);
    }

    public boolean isNabijheid24uur() {
        return Boolean.TRUE.equals(nabijheid24uur);
    }

}
