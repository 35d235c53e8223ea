package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.indicatiewijzer.advies.begrippen.*;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class GevraagdArrangement {
    @Verplicht @Bereik(min=1,max=5)
    private Integer profiel;
    @Verplicht
    private Intensiteit intensiteit;

    public Integer getProfiel() {
        return profiel;
    }

    public Intensiteit getIntensiteit() {
        return intensiteit;
    }

}
