package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.indicatiewijzer.advies.begrippen.*;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Mantelzorg {
    private Overbelasting overbelasting;
    private Boolean wilOnderbreken;
    private Boolean vervangingBeschikbaar;
    private Boolean tijdelijkAfwezig;
    private Boolean vakantieOfZiekte;
    private Boolean zvwOndersteuningToereikend;

    public Overbelasting getOverbelasting() {
        return overbelasting;
    }

    public boolean isWilOnderbreken() {
        return Boolean.TRUE.equals(wilOnderbreken);
    }

    public boolean isVervangingBeschikbaar() {
        return Boolean.TRUE.equals(vervangingBeschikbaar);
    }

    public boolean isTijdelijkAfwezig() {
        return Boolean.TRUE.equals(tijdelijkAfwezig);
    }

    public boolean isVakantieOfZiekte() {
        return Boolean.TRUE.equals(vakantieOfZiekte);
    }

    public boolean isZvwOndersteuningToereikend() {
        return Boolean.TRUE.equals(zvwOndersteuningToereikend);
    }

}
