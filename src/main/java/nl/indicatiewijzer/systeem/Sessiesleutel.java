package nl.indicatiewijzer.systeem;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key of the session cookie that the password form sets (Quarkus form authentication), made anew at
 * each start unless {@code quarkus.http.auth.session.encryption-key} is configured; without this Quarkus
 * makes one itself and writes it to the log. A restart signs everyone out, which suits the embedded
 * users (the only ones with a password), and no key is kept anywhere.
 */
public class Sessiesleutel implements ConfigSource {
    private static final String SLEUTEL = "quarkus.http.auth.session.encryption-key";
    private static final String WAARDE = maak();

    private static String maak() {
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        return Base64.getEncoder().encodeToString(sleutel);
    }

    /** Nothing to list: a listed value would be recorded into the build as a default, and so end up in the jar. */
    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getValue(String naam) {
        return SLEUTEL.equals(naam) ? WAARDE : null;
    }

    @Override
    public String getName() {
        return "indicatiewijzer-sessiesleutel";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
