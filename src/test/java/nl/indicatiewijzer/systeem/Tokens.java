package nl.indicatiewijzer.systeem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JWTs as an identity provider signs them (RS256, compact serialisation), and ones it never would. */
public final class Tokens {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** The claims of an access token for {@code naam} with one value in {@code realm_access.roles}, valid for {@code minuten}. */
    public static Map<String, Object> claims(String issuer, int minuten, String naam, String rol) {
        long nu = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", ProefIdp.CLIENT);
        claims.put("sub", "sub-" + naam);
        claims.put("preferred_username", naam);
        claims.put("realm_access", Map.of("roles", List.of(rol)));
        claims.put("iat", nu - 60);
        claims.put("exp", nu + minuten * 60L);
        return claims;
    }

    public static String onderteken(PrivateKey sleutel, String kid, Map<String, Object> claims) {
        try {
            String inhoud = b64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", kid))) + "."
                    + b64(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(sleutel);
            rs256.update(inhoud.getBytes(StandardCharsets.US_ASCII));
            return inhoud + "." + b64(rs256.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims with {@code alg: none} and no signature. */
    public static String zonderHandtekening(Map<String, Object> claims) {
        try {
            return b64("{\"alg\":\"none\"}".getBytes(StandardCharsets.US_ASCII)) + "." + b64(JSON.writeValueAsBytes(claims)) + ".";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair sleutelpaar() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
