package nl.indicatiewijzer.systeem;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The roles of a caller signed in at the municipality's identity provider. quarkus-oidc reads the values
 * of the role claim ({@code quarkus.oidc.roles.role-claim-path}); of those only the values mapped onto
 * intake, beleid or auditor count ({@code indicatiewijzer.oidc.rol.*}, by default the role's own name).
 * Any other value gives no role: a group that happens to be called "beleid" grants nothing once beleid is
 * mapped onto another value. (Quarkus' own {@code quarkus.http.auth.roles-mapping} adds roles and keeps
 * the unmapped ones.)
 */
@ApplicationScoped
public class OidcRollen implements SecurityIdentityAugmentor {
    private final Map<String, String> rolPerWaarde;

    public OidcRollen(@ConfigProperty(name = "indicatiewijzer.oidc.rol.intake", defaultValue = "intake") String intake,
            @ConfigProperty(name = "indicatiewijzer.oidc.rol.beleid", defaultValue = "beleid") String beleid,
            @ConfigProperty(name = "indicatiewijzer.oidc.rol.auditor", defaultValue = "auditor") String auditor) {
        if (intake.equals(beleid) || intake.equals(auditor) || beleid.equals(auditor)) {
            throw new IllegalStateException("indicatiewijzer.oidc.rol.intake, .beleid en .auditor moeten verschillende waarden zijn");
        }
        this.rolPerWaarde = Map.of(intake, "intake", beleid, "beleid", auditor, "auditor");
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identiteit, AuthenticationRequestContext context) {
        if (identiteit.isAnonymous() || !(identiteit.getPrincipal() instanceof JsonWebToken)) {
            return Uni.createFrom().item(identiteit);
        }
        Set<String> rollen = new HashSet<>();
        identiteit.getRoles().forEach(waarde -> {
            if (rolPerWaarde.containsKey(waarde)) {
                rollen.add(rolPerWaarde.get(waarde));
            }
        });
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(identiteit.getPrincipal())
                .addCredentials(identiteit.getCredentials()).addAttributes(identiteit.getAttributes())
                .addPermissionChecker(identiteit::checkPermission).addRoles(rollen).build());
    }
}
