package nl.indicatiewijzer.audit;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA-256 per thread, set up once with its key: looking up the algorithm and initialising
 * a Mac for every hash cost more than the hash itself. doFinal resets it for the next use.
 */
final class Hmac {
    private Hmac() {
    }

    static ThreadLocal<Mac> perDraad(SecretKeySpec sleutel) {
        return ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(sleutel);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
