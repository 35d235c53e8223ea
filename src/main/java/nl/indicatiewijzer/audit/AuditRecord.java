package nl.indicatiewijzer.audit;

import java.time.OffsetDateTime;

/** One answered advice as stored: who asked, on what (reference hashed), under which version, and what was answered. */
public record AuditRecord(long volgnummer, String adviesId, OffsetDateTime tijdstip, String regeling,
        String regelsetVersie, String uitkomst, String gebruiker, String rol, String clientHash, String verzoek,
        String antwoord, String vorigeHash, String hash, Verwerking verwerking, String sleutelhash) {
}
