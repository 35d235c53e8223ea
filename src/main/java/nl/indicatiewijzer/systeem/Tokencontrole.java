package nl.indicatiewijzer.systeem;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * OpenID Connect bearer tokens (JWT access tokens) from the municipality's identity provider: the
 * signature against the issuer's keys (its JWKS, by URL or as a local file), issuer, audience and
 * expiry. The roles intake, beleid and auditor come from a configurable claim, each under a
 * configurable value. Configured by properties only; see README, "Productie".
 */
@ApplicationScoped
public class Tokencontrole {
    private final JwtConsumer consumer;
    private final String rollenClaim;
    private final String naamClaim;
    private final Map<String, String> rolPerWaarde;

    public Tokencontrole(@ConfigProperty(name = "indicatiewijzer.oidc.issuer") Optional<String> issuer,
            @ConfigProperty(name = "indicatiewijzer.oidc.jwks-url") Optional<String> jwksUrl,
            @ConfigProperty(name = "indicatiewijzer.oidc.jwks-bestand") Optional<String> jwksBestand,
            @ConfigProperty(name = "indicatiewijzer.oidc.audience") Optional<String> audience,
            @ConfigProperty(name = "indicatiewijzer.oidc.rollen-claim", defaultValue = "roles") String rollenClaim,
            @ConfigProperty(name = "indicatiewijzer.oidc.naam-claim", defaultValue = "preferred_username") String naamClaim,
            @ConfigProperty(name = "indicatiewijzer.oidc.rol.intake", defaultValue = "intake") String intake,
            @ConfigProperty(name = "indicatiewijzer.oidc.rol.beleid", defaultValue = "beleid") String beleid,
            @ConfigProperty(name = "indicatiewijzer.oidc.rol.auditor", defaultValue = "auditor") String auditor) {
        this.rollenClaim = rollenClaim;
        this.naamClaim = naamClaim;
        this.rolPerWaarde = Map.of(intake, "intake", beleid, "beleid", auditor, "auditor");
        this.consumer = issuer.filter(i -> !i.isBlank()).map(i -> bouw(i, jwksUrl, jwksBestand, audience)).orElse(null);
    }

    public boolean aan() {
        return consumer != null;
    }

    /** The caller a valid token names, or empty for any token that is not valid (signature, issuer, audience, time). */
    public Optional<Gebruiker> controleer(String token) {
        if (consumer == null) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer.processToClaims(token);
            String naam = claims.getClaimValueAsString(naamClaim);
            return Optional.of(new Gebruiker(naam != null ? naam : claims.getSubject(), rollen(claims)));
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException e) {
            return Optional.empty();
        }
    }

    private Set<String> rollen(JwtClaims claims) {
        Object waarde = claims.getClaimsMap();
        for (String deel : rollenClaim.split("\\.")) {
            waarde = waarde instanceof Map<?, ?> map ? map.get(deel) : null;
        }
        Set<String> rollen = new HashSet<>();
        if (waarde instanceof List<?> lijst) {
            lijst.forEach(w -> Optional.ofNullable(rolPerWaarde.get(String.valueOf(w))).ifPresent(rollen::add));
        } else if (waarde instanceof String tekst) {
            for (String w : tekst.split("[ ,]+")) {
                Optional.ofNullable(rolPerWaarde.get(w)).ifPresent(rollen::add);
            }
        }
        return rollen;
    }

    private static JwtConsumer bouw(String issuer, Optional<String> jwksUrl, Optional<String> jwksBestand, Optional<String> audience) {
        JwtConsumerBuilder b = new JwtConsumerBuilder().setRequireExpirationTime().setRequireSubject()
                .setAllowedClockSkewInSeconds(30).setExpectedIssuer(issuer)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256,
                        AlgorithmIdentifiers.RSA_USING_SHA384, AlgorithmIdentifiers.RSA_USING_SHA512,
                        AlgorithmIdentifiers.RSA_PSS_USING_SHA256, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384);
        if (audience.isPresent() && !audience.get().isBlank()) {
            b.setExpectedAudience(audience.get());
        } else {
            b.setSkipDefaultAudienceValidation();
        }
        if (jwksBestand.isPresent() && !jwksBestand.get().isBlank()) {
            try {
                JsonWebKeySet set = new JsonWebKeySet(Files.readString(Path.of(jwksBestand.get())));
                b.setVerificationKeyResolver(new JwksVerificationKeyResolver(set.getJsonWebKeys()));
            } catch (IOException e) {
                throw new UncheckedIOException("indicatiewijzer.oidc.jwks-bestand is niet te lezen", e);
            } catch (JoseException e) {
                throw new IllegalStateException("indicatiewijzer.oidc.jwks-bestand is geen JWKS: " + e.getMessage(), e);
            }
        } else if (jwksUrl.isPresent() && !jwksUrl.get().isBlank()) {
            b.setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(jwksUrl.get())));
        } else {
            throw new IllegalStateException("indicatiewijzer.oidc.issuer is gezet maar er zijn geen sleutels: "
                    + "zet indicatiewijzer.oidc.jwks-url (de jwks_uri van de issuer) of indicatiewijzer.oidc.jwks-bestand");
        }
        return b.build();
    }
}
