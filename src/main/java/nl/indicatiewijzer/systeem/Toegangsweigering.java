package nl.indicatiewijzer.systeem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.AnnotatedElement;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Refusals by Quarkus Security as problem+json: 401 with a {@code WWW-Authenticate} challenge for each
 * way of signing in that is on, 403 naming the role. Credentials that do not pass are refused on the
 * HTTP layer before the body is read (proactive authentication; the failure handler here), a caller
 * without credentials or role by the resource's {@code @RolesAllowed} (the exception mappers here).
 */
@Singleton
public class Toegangsweigering {
    private static final String PAGINA = "X-Requested-With";
    private final Aanmeldwijzen aanmelden;
    private final ObjectMapper json;

    public Toegangsweigering(Aanmeldwijzen aanmelden, ObjectMapper json) {
        this.aanmelden = aanmelden;
        this.json = json;
    }

    @ServerExceptionMapper
    public Response nietAangemeld(UnauthorizedException e, HttpHeaders koppen) {
        return uitdaging(bearer(koppen.getHeaderString(HttpHeaders.AUTHORIZATION)), pagina(koppen.getHeaderString(PAGINA)));
    }

    @ServerExceptionMapper
    public Response geenToegang(ForbiddenException e, SimpleResourceInfo bron) {
        return geenToegang(rol(bron)).antwoord().build();
    }

    void bewaak(@Observes Router router) {
        router.route().failureHandler(this::weiger);
    }

    /** Refusals before the request reached a resource: only the API's are answered here, the pages' go on (a redirect to the identity provider). */
    private void weiger(RoutingContext ctx) {
        Throwable fout = ctx.failure();
        boolean api = ctx.normalizedPath().startsWith("/api/") || ctx.normalizedPath().equals("/j_security_check");
        if (!api || ctx.response().ended() || !(fout instanceof AuthenticationException || fout instanceof UnauthorizedException
                || fout instanceof ForbiddenException)) {
            ctx.next();
            return;
        }
        var antwoord = ctx.response();
        antwoord.headers().remove(HttpHeaders.WWW_AUTHENTICATE).remove(HttpHeaders.LOCATION);
        Probleem probleem;
        if (fout instanceof ForbiddenException) {
            probleem = geenToegang(null);
        } else {
            probleem = Probleem.van(401, "Niet aangemeld", aanmelden.aanwijzing());
            aanmelden.uitdagingen(bearer(ctx.request().getHeader(HttpHeaders.AUTHORIZATION)), pagina(ctx.request().getHeader(PAGINA)))
                    .forEach(u -> antwoord.headers().add(HttpHeaders.WWW_AUTHENTICATE, u));
        }
        if (!ctx.request().isEnded()) {
            antwoord.putHeader("Connection", "close");
        }
        try {
            antwoord.setStatusCode(probleem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Probleem.PROBLEM_JSON.toString())
                    .putHeader("API-Version", ApiVersie.VERSIE).putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(json.writeValueAsString(probleem));
        } catch (JsonProcessingException e) {
            ctx.next();
        }
    }

    private Response uitdaging(boolean bearer, boolean pagina) {
        Response.ResponseBuilder antwoord = Probleem.van(401, "Niet aangemeld", aanmelden.aanwijzing()).antwoord();
        aanmelden.uitdagingen(bearer, pagina).forEach(u -> antwoord.header(HttpHeaders.WWW_AUTHENTICATE, u));
        return antwoord.build();
    }

    private static Probleem geenToegang(String rol) {
        return Probleem.van(403, "Geen toegang", rol == null ? "Uw rollen geven geen toegang tot deze bron."
                : "Hiervoor is de rol '" + rol + "' nodig.");
    }

    private static boolean pagina(String kop) {
        return "XMLHttpRequest".equalsIgnoreCase(kop);
    }

    private static boolean bearer(String kop) {
        return kop != null && kop.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static String rol(SimpleResourceInfo bron) {
        if (bron == null || bron.getResourceClass() == null) {
            return null;
        }
        try {
            String rol = rol(bron.getResourceClass().getMethod(bron.getMethodName(), bron.parameterTypes()));
            if (rol != null) {
                return rol;
            }
        } catch (NoSuchMethodException e) {
            // the role of the class, then
        }
        return rol(bron.getResourceClass());
    }

    private static String rol(AnnotatedElement element) {
        RolesAllowed rollen = element.getAnnotation(RolesAllowed.class);
        return rollen == null ? null : String.join("' of '", rollen.value());
    }
}
