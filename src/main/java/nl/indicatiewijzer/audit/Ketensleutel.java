package nl.indicatiewijzer.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The keyed hash of a record: HMAC-SHA-256 over its chain hash (as hex text) with the chain key of
 * {@link Auditsleutels}. Without the key nobody can write a record, or recompute the chain after a
 * change, that this check accepts.
 */
public final class Ketensleutel {
    private final ThreadLocal<Mac> mac;

    Ketensleutel(byte[] sleutel) {
        this.mac = Hmac.perDraad(new SecretKeySpec(sleutel, "HmacSHA256"));
    }

    /** For the migration that keys the records stored before the key existed (it runs before any bean). */
    public static Ketensleutel uitConfiguratie() {
        Config config = ConfigProvider.getConfig();
        return new Auditsleutels(config.getOptionalValue("indicatiewijzer.sleutel.keten", String.class),
                config.getOptionalValue("indicatiewijzer.sleutel.controlepunt", String.class),
                config.getOptionalValue("indicatiewijzer.data-dir", String.class).orElse("data")).keten();
    }

    public String van(String ketenhash) {
        return HexFormat.of().formatHex(mac.get().doFinal(ketenhash.getBytes(StandardCharsets.US_ASCII)));
    }
}
