package nl.indicatiewijzer.systeem;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in and out on the web pages. {@code /aanmelden/gemeente} takes the authorization code flow
 * with PKCE (quarkus-oidc; the HTTP permission {@code aanmelden} in application.properties sends a caller
 * without a session to the identity provider) and then goes back to the start page. {@code /afmelden}
 * ends the session of the password form; a session at the identity provider quarkus-oidc ends itself on
 * this path ({@code quarkus.oidc.logout.path}), with the identity provider.
 */
@Singleton
public class Aanmeldroutes {
    private final String cookie;

    public Aanmeldroutes(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookie) {
        this.cookie = cookie;
    }

    void routes(@Observes Router router) {
        router.get("/aanmelden/gemeente").handler(ctx -> naarStart(ctx, "/index.html#aangemeld"));
        router.get("/afmelden").handler(ctx -> {
            ctx.response().addCookie(Cookie.cookie(cookie, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(ctx.request().isSSL()));
            naarStart(ctx, "/index.html");
        });
    }

    private static void naarStart(RoutingContext ctx, String pagina) {
        ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, pagina)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
    }
}
