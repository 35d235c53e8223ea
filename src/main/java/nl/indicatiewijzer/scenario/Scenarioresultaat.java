package nl.indicatiewijzer.scenario;

import java.util.List;

/** How a rule set did on a regeling's scenario cases; a candidate is activatable only without failures. */
public record Scenarioresultaat(int geslaagd, int mislukt, List<Mislukking> mislukkingen) {

    /** One case that did not give what it expects. */
    public record Mislukking(String bestand, String naam, List<Afwijking> afwijkingen) {
    }
}
