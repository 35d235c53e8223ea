package nl.indicatiewijzer.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains each stored advice to the one before it: SHA-256 over the previous hash and
 * every stored field, each length-prefixed so no two different records hash alike.
 */
final class Ketenhash {
    static final String BEGIN = "0".repeat(64);

    private Ketenhash() {
    }

    static String van(long volgnummer, String adviesId, java.time.OffsetDateTime tijdstip, String regeling,
            String regelsetVersie, String uitkomst, String gebruiker, String rol, String clientHash, String verzoek,
            String antwoord, String vorigeHash, Verwerking verwerking) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String deel : new String[] {vorigeHash, Long.toString(volgnummer), adviesId,
                    tijdstip.toInstant().toString(), regeling, regelsetVersie, uitkomst, gebruiker, rol,
                    clientHash == null ? "" : clientHash, verzoek, antwoord}) {
                voegToe(sha, deel);
            }
            // records from before the processing fields were kept hash as they did then
            if (verwerking != null) {
                for (String deel : new String[] {verwerking.activiteit(), verwerking.traceId(), verwerking.spanId(),
                        verwerking.ouderSpanId()}) {
                    voegToe(sha, deel == null ? "" : deel);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String van(AuditRecord r) {
        return van(r.volgnummer(), r.adviesId(), r.tijdstip(), r.regeling(), r.regelsetVersie(), r.uitkomst(),
                r.gebruiker(), r.rol(), r.clientHash(), r.verzoek(), r.antwoord(), r.vorigeHash(), r.verwerking());
    }

    private static void voegToe(MessageDigest sha, String deel) {
        byte[] b = deel.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(b.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) ':');
        sha.update(b);
    }
}
