package nl.indicatiewijzer.systeem;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The service behind a municipality's identity provider, played by a local test issuer: a key pair
 * made here, its public key as a JWKS file. No network. The embedded users are off.
 */
public class TokenProfiel implements QuarkusTestProfile {
    static final String ISSUER = "https://login.gemeente.test/realms/wmo";
    static final RsaJsonWebKey SLEUTEL = sleutel("proef-1");

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path jwks = Files.createDirectories(Path.of("target")).resolve("test-jwks.json");
            Files.writeString(jwks, new JsonWebKeySet(SLEUTEL).toJson());
            return Map.of("indicatiewijzer.oidc.issuer", ISSUER, "indicatiewijzer.oidc.jwks-bestand", jwks.toString(),
                    "indicatiewijzer.oidc.audience", "indicatiewijzer",
                    "indicatiewijzer.oidc.rollen-claim", "realm_access.roles", "indicatiewijzer.oidc.rol.intake", "wmo-intake",
                    "indicatiewijzer.ingebouwde-gebruikers", "false");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RsaJsonWebKey sleutel(String id) {
        try {
            RsaJsonWebKey sleutel = RsaJwkGenerator.generateJwk(2048);
            sleutel.setKeyId(id);
            return sleutel;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
