package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import nl.indicatiewijzer.scenario.Dekking;
import nl.indicatiewijzer.scenario.Scenarioresultaat;

/**
 * The answer to an upload: the candidate version, whether it may be activated, and everything a
 * policy worker must see first. {@code fouten} block activation; {@code waarschuwingen} are for a look.
 * {@code omschrijving} is the policy worker's own description, {@code wijzigingen} the one-line count
 * of what changed against {@code basisVersie}; {@code dekking}: which rules and table rows the scenario cases
 * fire (absent when the tables do not build).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"regeling", "versie", "omschrijving", "wijzigingen", "basisVersie", "geuploadDoor", "geuploadOp", "activeerbaar",
    "samenvatting", "gewijzigdeBestanden", "fouten", "waarschuwingen", "scenarios", "dekking"})
public record Validatierapport(String regeling, String versie, String omschrijving, String wijzigingen, String basisVersie,
        String geuploadDoor, OffsetDateTime geuploadOp, boolean activeerbaar, String samenvatting, List<String> gewijzigdeBestanden,
        List<Bevinding> fouten, List<Bevinding> waarschuwingen, Scenarioresultaat scenarios, Dekking dekking) {

    static String samenvatting(List<Bevinding> fouten, Scenarioresultaat scenarios) {
        if (fouten.isEmpty() && scenarios != null && scenarios.mislukt() == 0) {
            return "Deze versie is in orde: alle " + scenarios.geslaagd()
                    + " voorbeeldgevallen slagen. Een andere beleidsmedewerker kan haar activeren.";
        }
        StringBuilder s = new StringBuilder("Deze versie kan niet worden geactiveerd:");
        if (!fouten.isEmpty()) {
            s.append(" ").append(fouten.size()).append(fouten.size() == 1 ? " fout" : " fouten").append(" in de bestanden");
        }
        if (scenarios == null) {
            s.append(fouten.isEmpty() ? "" : ";").append(" de voorbeeldgevallen zijn niet gedraaid omdat de tabellen niet bouwen");
        } else if (scenarios.mislukt() > 0) {
            s.append(fouten.isEmpty() ? "" : ";").append(" ").append(scenarios.mislukt()).append(" van de ")
                    .append(scenarios.mislukt() + scenarios.geslaagd()).append(" voorbeeldgevallen mislukken");
        }
        return s.append(".").toString();
    }
}
