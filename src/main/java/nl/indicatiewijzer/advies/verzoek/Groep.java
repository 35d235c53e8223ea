package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Groep {
    private Boolean contraIndicatie;
    @Bereik(min=1,max=100)
    private Integer maxGroepsgrootte;

    public boolean isContraIndicatie() {
        return Boolean.TRUE.equals(contraIndicatie);
    }

    public Integer getMaxGroepsgrootte() {
        return maxGroepsgrootte;
    }

}
