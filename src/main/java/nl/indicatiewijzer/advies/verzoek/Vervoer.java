package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Vervoer {
    private Boolean zelfstandig;
    private Boolean rolstoel;
    @Bereik(min=0,max=1000)
    private Integer afstandKm;
    private Boolean bovenlokaalNoodzakelijk;

    public boolean isZelfstandig() {
        return Boolean.TRUE.equals(zelfstandig);
    }

    /** As given: null when the intake said nothing (mlw-mer: for PSY only an explicit false counts). */
    public Boolean getZelfstandigOpgegeven() {
        return zelfstandig;
    }

    public boolean isRolstoel() {
        return Boolean.TRUE.equals(rolstoel);
    }

    public Integer getAfstandKm() {
        return afstandKm;
    }

    public boolean isBovenlokaalNoodzakelijk() {
        return Boolean.TRUE.equals(bovenlokaalNoodzakelijk);
    }

    /** How the transport goes, in the words of the justification. */
    public String getSoort() {
        return isRolstoel() ? "rolstoelvervoer" : "regulier vervoer";
    }
}
