package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import nl.indicatiewijzer.advies.begrippen.*;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Schema(name = "Mantelzorg", additionalProperties = Schema.False.class, description = "De situatie van de mantelzorger.")
public class Mantelzorg {
    @Schema(description = "Belasting van de mantelzorger.")
    private Overbelasting overbelasting;
    @Schema(description = "De mantelzorger wil de zorg tijdelijk onderbreken.")
    private Boolean wilOnderbreken;
    @Schema(description = "Er is vervanging voor de mantelzorger.")
    private Boolean vervangingBeschikbaar;
    @Schema(description = "De mantelzorger is tijdelijk afwezig.")
    private Boolean tijdelijkAfwezig;
    @Schema(description = "De afwezigheid is wegens vakantie of ziekte (Stede Broec: uitzondering op 3 etmalen per week).")
    private Boolean vakantieOfZiekte;
    @Schema(description = "Ondersteuning vanuit de Zvw is toereikend.")
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
