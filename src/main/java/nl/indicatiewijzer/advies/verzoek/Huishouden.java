package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Huishouden {
    @Bereik(min=1,max=30)
    private Integer personen;
    private Boolean volwassenHuisgenotenKunnenOvernemen;
    @Bereik(min=0,max=30)
    private Integer kinderenOnder5;
    @Bereik(min=0,max=30)
    private Integer kinderenOnder13;
    @Bereik(min=0,max=30)
    private Integer kinderenOnder6;
    private Boolean hulphond;
    private Boolean huisdierAcuut;
    private Boolean hogeVervuilingsgraad;
    private Boolean extraWasTijd;

    public Integer getPersonen() {
        return personen;
    }

    public boolean isVolwassenHuisgenotenKunnenOvernemen() {
        return Boolean.TRUE.equals(volwassenHuisgenotenKunnenOvernemen);
    }

    public Integer getKinderenOnder5() {
        return kinderenOnder5;
    }

    public Integer getKinderenOnder13() {
        return kinderenOnder13;
    }

    public Integer getKinderenOnder6() {
        return kinderenOnder6;
    }

    public boolean isHulphond() {
        return Boolean.TRUE.equals(hulphond);
    }

    public boolean isHuisdierAcuut() {
        return Boolean.TRUE.equals(huisdierAcuut);
    }

    public boolean isHogeVervuilingsgraad() {
        return Boolean.TRUE.equals(hogeVervuilingsgraad);
    }

    public boolean isExtraWasTijd() {
        return Boolean.TRUE.equals(extraWasTijd);
    }

}
