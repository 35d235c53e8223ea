package nl.indicatiewijzer.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * A signed head of the audit log, as a signed tree head in Certificate Transparency (RFC 9162, 4.10):
 * the number of stored advices, the chain hash of the last one, the Merkle root over all of them and
 * when it was signed. An auditor keeps the answer as it is; the signature covers exactly the text of
 * {@link #ondertekendeTekst()}, so a few lines with any Ed25519 library check it.
 */
public record Controlepunt(long volgnummer, String hash, String boomwortel, Instant tijdstip, String handtekening) {
    static final String SOORT = "indicatiewijzer-controlepunt-v1";

    static Controlepunt onderteken(long volgnummer, String hash, String boomwortel, Instant tijdstip, Controlepuntsleutel sleutel) {
        Controlepunt zonder = new Controlepunt(volgnummer, hash, boomwortel, tijdstip, null);
        byte[] handtekening = sleutel.onderteken(zonder.ondertekendeTekst().getBytes(StandardCharsets.UTF_8));
        return new Controlepunt(volgnummer, hash, boomwortel, tijdstip, Base64.getEncoder().encodeToString(handtekening));
    }

    /** The signed text: five lines, each ending in a newline; the time in UTC with seconds (ISO 8601). */
    public String ondertekendeTekst() {
        return SOORT + "\n" + volgnummer + "\n" + hash + "\n" + boomwortel + "\n" + tijdstip + "\n";
    }

    /** True when the signature is the service's over exactly these fields. */
    public boolean echt(PublicKey sleutel) {
        if (handtekening == null || hash == null || boomwortel == null || tijdstip == null) {
            return false;
        }
        try {
            Signature ed = Signature.getInstance("Ed25519");
            ed.initVerify(sleutel);
            ed.update(ondertekendeTekst().getBytes(StandardCharsets.UTF_8));
            return ed.verify(Base64.getDecoder().decode(handtekening));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}
