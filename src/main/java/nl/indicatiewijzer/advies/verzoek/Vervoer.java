package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.indicatiewijzer.advies.begrippen.*;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Vervoer {
    private Boolean zelfstandig;
    private Boolean rolstoel;
    @Bereik(min=0,max=1000)
    private Integer afstandKm;
    private Boolean bovenlokaalNoodzakelijk;

    /** Absent means false (CONTRACT.md, "What absence means"). */
    public boolean isZelfstandig() {
        return Boolean.TRUE.equals(zelfstandig);
    }

    public Boolean getZelfstandigOpgegeven() {
        return zelfstandig;
    }

    /** Absent means false (CONTRACT.md, "What absence means"). */
    public boolean isRolstoel() {
        return Boolean.TRUE.equals(rolstoel);
    }

    public Boolean getRolstoelOpgegeven() {
        return rolstoel;
    }

    public Integer getAfstandKm() {
        return afstandKm;
    }

    /** Absent means false (CONTRACT.md, "What absence means"). */
    public boolean isBovenlokaalNoodzakelijk() {
        return Boolean.TRUE.equals(bovenlokaalNoodzakelijk);
    }

    public Boolean getBovenlokaalNoodzakelijkOpgegeven() {
        return bovenlokaalNoodzakelijk;
    }

    /** How the transport goes, in the words of the justification. */
    public String getSoort() {
        return isRolstoel() ? "rolstoelvervoer" : "regulier vervoer";
    }
}
