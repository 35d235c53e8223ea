package nl.indicatiewijzer.systeem;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every response says which API version answered (NL API Design Rules, API-57) and carries the
 * security headers the rules name for APIs (/core/transport/security-headers): nothing is cached,
 * framed or sniffed, and browsers keep to HTTPS.
 */
public class ApiVersie {
    public static final String VERSIE = "1.0.0";

    @ServerResponseFilter
    public void zetKoppen(ContainerResponseContext antwoord) {
        var koppen = antwoord.getHeaders();
        koppen.putSingle("API-Version", VERSIE);
        koppen.putSingle("Cache-Control", "no-store");
        koppen.putSingle("Content-Security-Policy", "frame-ancestors 'none'");
        koppen.putSingle("Strict-Transport-Security", "max-age=31536000");
        koppen.putSingle("X-Content-Type-Options", "nosniff");
        koppen.putSingle("X-Frame-Options", "DENY");
    }
}
