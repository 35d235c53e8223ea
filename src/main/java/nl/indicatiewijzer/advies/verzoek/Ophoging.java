package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.indicatiewijzer.advies.begrippen.*;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Ophoging {
    @Verplicht
    private Ophogingscode code;
    @Bereik(min=1,max=30)
    private Integer gezinsleden;
    @Bereik(min=30,max=60)
    private Integer minutenPerGezinslid;

    public Ophogingscode getCode() {
        return code;
    }

    public Integer getGezinsleden() {
        return gezinsleden;
    }

    public Integer getMinutenPerGezinslid() {
        return minutenPerGezinslid;
    }

}
