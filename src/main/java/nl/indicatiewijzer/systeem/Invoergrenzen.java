package nl.indicatiewijzer.systeem;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Limits on what a caller may send, before anything is parsed: a JSON body of at most 256 kB (an
 * upload of tables at most 25 MB), nested at most 32 deep, no string over 100,000 characters and no
 * number over 50 digits. A larger body is refused by its Content-Length with 413 as problem+json.
 */
@Singleton
public class Invoergrenzen implements ObjectMapperCustomizer {
    public static final int MAXIMAAL_JSON = 256 * 1024;
    public static final long MAXIMAAL_UPLOAD = 25L * 1024 * 1024;

    @Override
    public void customize(ObjectMapper json) {
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxStringLength(100_000).maxNumberLength(50).build());
    }

    void bewaak(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            String lengte = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long grens = ctx.request().path().startsWith("/api/v1/regelsets/") ? MAXIMAAL_UPLOAD : MAXIMAAL_JSON;
            long waarde;
            try {
                waarde = lengte == null ? 0 : Long.parseLong(lengte.strip());
            } catch (NumberFormatException e) {
                waarde = 0;
            }
            if (waarde > grens) {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader("API-Version", ApiVersie.VERSIE).putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"about:blank\",\"title\":\"Verzoek te groot\",\"status\":413,\"detail\":\"Het verzoek is groter dan "
                                + grens / 1024 + " kB.\"}");
            } else {
                ctx.next();
            }
        });
    }
}
