package nl.indicatiewijzer.audit;

import java.time.OffsetDateTime;

/** An advice about to be answered: everything the audit log stores of it. */
public record NieuwAdvies(String adviesId, OffsetDateTime tijdstip, String regeling, String regelsetVersie, String uitkomst,
        String gebruiker, String rol, String clientHash, String verzoek, String antwoord, Verwerking verwerking) {
}
