package nl.indicatiewijzer.systeem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks the caller against the {@link Rol} of the endpoint: an OpenID Connect bearer token, or in
 * the embedded default a built-in user by Basic authentication. No or wrong credentials give 401, a
 * caller without the role 403, both as problem+json. Endpoints without a role are public.
 */
public class Toegangscontrole {
    public static final String GEBRUIKER = "indicatiewijzer.gebruiker";
    private final IngebouwdeGebruikers gebruikers;
    private final Tokencontrole tokens;

    public Toegangscontrole(IngebouwdeGebruikers gebruikers, Tokencontrole tokens) {
        this.gebruikers = gebruikers;
        this.tokens = tokens;
    }

    @ServerRequestFilter
    public Optional<Response> controleer(ContainerRequestContext verzoek, ResourceInfo bron) {
        Rol rol = bron.getResourceMethod() == null ? null : bron.getResourceMethod().getAnnotation(Rol.class);
        if (rol == null && bron.getResourceClass() != null) {
            rol = bron.getResourceClass().getAnnotation(Rol.class);
        }
        if (rol == null) {
            return Optional.empty();
        }
        String kop = verzoek.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean bearer = kop != null && kop.regionMatches(true, 0, "Bearer ", 0, 7);
        Optional<Gebruiker> gebruiker = bearer ? tokens.controleer(kop.substring(7).strip()) : basic(kop);
        if (gebruiker.isEmpty()) {
            return Optional.of(Probleem.van(401, "Niet aangemeld", tokens.aan()
                    ? "Stuur een geldig toegangstoken (Authorization: Bearer ...) van de identity provider van de gemeente."
                    : "Meld u aan met gebruikersnaam en wachtwoord.")
                    .antwoord().header(HttpHeaders.WWW_AUTHENTICATE, tokens.aan()
                            ? "Bearer realm=\"Indicatiewijzer\"" + (bearer ? ", error=\"invalid_token\"" : "")
                            : "Basic realm=\"Indicatiewijzer\", charset=\"UTF-8\"").build());
        }
        if (!rol.value().equals(Rol.AANGEMELD) && !gebruiker.get().rollen().contains(rol.value())) {
            return Optional.of(Probleem.van(403, "Geen toegang",
                    "Hiervoor is de rol '" + rol.value() + "' nodig.").antwoord().build());
        }
        verzoek.setProperty(GEBRUIKER, gebruiker.get());
        return Optional.empty();
    }

    private Optional<Gebruiker> basic(String kop) {
        if (kop == null || !kop.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String paar = new String(Base64.getDecoder().decode(kop.substring(6).strip()), StandardCharsets.UTF_8);
            int dubbelepunt = paar.indexOf(':');
            return dubbelepunt < 0 ? Optional.empty()
                    : gebruikers.aanmelden(paar.substring(0, dubbelepunt), paar.substring(dubbelepunt + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
