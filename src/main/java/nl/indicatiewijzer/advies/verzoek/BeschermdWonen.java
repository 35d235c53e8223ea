package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class BeschermdWonen {
    private Boolean toewijzing;
    private Boolean wachtend;
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
