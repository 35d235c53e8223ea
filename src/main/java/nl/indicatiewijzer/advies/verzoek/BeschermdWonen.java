package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.indicatiewijzer.advies.begrippen.*;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class BeschermdWonen {
    private Boolean toewijzing;
    private Boolean wachtend;
    private Boolean uitstroom;

    /** Absent means false (CONTRACT.md, "What absence means"). */
    public boolean isToewijzing() {
        return Boolean.TRUE.equals(toewijzing);
    }

    public Boolean getToewijzingOpgegeven() {
        return toewijzing;
    }

    /** Absent means false (CONTRACT.md, "What absence means"). */
    public boolean isWachtend() {
        return Boolean.TRUE.equals(wachtend);
    }

    public Boolean getWachtendOpgegeven() {
        return wachtend;
    }

    /** Absent means false (CONTRACT.md, "What absence means"). */
    public boolean isUitstroom() {
        return Boolean.TRUE.equals(uitstroom);
    }

    public Boolean getUitstroomOpgegeven() {
        return uitstroom;
    }

}
