package nl.indicatiewijzer.audit;

import java.time.OffsetDateTime;
import nl.indicatiewijzer.regels.Regelset;

/** An advice about to be answered: everything the audit log stores of it, and the rule set that made it. */
public record NieuwAdvies(String adviesId, OffsetDateTime tijdstip, Regelset regelset, String uitkomst,
        String gebruiker, String rol, String clientHash, String verzoek, String antwoord, Verwerking verwerking) {
}
