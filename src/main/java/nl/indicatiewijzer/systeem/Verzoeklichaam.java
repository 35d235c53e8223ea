package nl.indicatiewijzer.systeem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every request body of the API is read whole by Vert.x's BodyHandler on the event loop, after the
 * security handlers and before a worker thread takes the request: a slow or stalled body holds a
 * connection, never a worker. The limit counts the bytes as they arrive, chunked or not: a multipart
 * upload of tables may take {@code quarkus.http.limits.max-body-size} (spooled to files), every other
 * body {@code indicatiewijzer.json.max-body-size} (held in memory). Beyond it, or when the body has not arrived within
 * {@code indicatiewijzer.http.body-timeout}, the answer is problem+json and the connection is closed.
 */
@Singleton
public class Verzoeklichaam {
    private static final Pattern UPLOAD = Pattern.compile("/api/v1/regelsets/[^/]+/versies/?");
    private static final String KLAAR = "indicatiewijzer.lichaam-klaar";
    private static final String KLOK = "indicatiewijzer.lichaam-klok";
    private static final long NAZORG_MS = 5_000;
    private final long jsonGrens;
    private final long uploadGrens;
    private final String uploadMap;
    private final Duration termijn;
    private final ObjectMapper json;

    public Verzoeklichaam(@ConfigProperty(name = "indicatiewijzer.json.max-body-size", defaultValue = "256K") MemorySize jsonGrens,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize uploadGrens,
            @ConfigProperty(name = "quarkus.http.body.uploads-directory") String uploadMap,
            @ConfigProperty(name = "indicatiewijzer.http.body-timeout", defaultValue = "60S") Duration termijn, ObjectMapper json) {
        this.jsonGrens = jsonGrens.asLongValue();
        this.uploadGrens = uploadGrens.asLongValue();
        this.uploadMap = uploadMap;
        this.termijn = termijn;
        this.json = json;
    }

    void lees(@Observes Router router) {
        BodyHandler jsonLezer = BodyHandler.create(false).setBodyLimit(jsonGrens);
        BodyHandler uploadLezer = BodyHandler.create(uploadMap).setBodyLimit(uploadGrens).setDeleteUploadedFilesOnEnd(true);
        // before Quarkus' own Content-Length check (order -2), after authentication (-200) and authorization (-100)
        router.route("/api/*").order(-3).handler(ctx -> opEventloop(ctx, () -> {
            ctx.put(KLOK, ctx.vertx().setTimer(termijn.toMillis(), klok -> teLaat(ctx)));
            if (ctx.request().isEnded() || "0".equals(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
                ctx.next(); // no body: BodyHandler would wait for one that never comes
                return;
            }
            if (!upload(ctx)) {
                jsonLezer.handle(ctx);
                return;
            }
            uploadLezer.handle(ctx);
            // a part that never ends (no closing boundary) keeps BodyHandler waiting: it gets its files a moment to be written
            ctx.request().end().onSuccess(v -> ctx.vertx().setTimer(NAZORG_MS, t -> onvolledig(ctx)));
        })).handler(ctx -> {
            ctx.vertx().cancelTimer(ctx.<Long>get(KLOK));
            ctx.put(KLAAR, true);
            ctx.next();
        }).failureHandler(this::weiger);
    }

    /** Only a multipart body to the upload path is spooled to files; anything else is held in memory, so it gets the JSON limit. */
    private static boolean upload(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return UPLOAD.matcher(ctx.normalizedPath()).matches() && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static void opEventloop(RoutingContext ctx, Runnable stap) {
        if (Context.isOnEventLoopThread()) {
            stap.run();
        } else {
            ((ConnectionBase) ctx.request().connection()).channel().eventLoop().execute(stap);
        }
    }

    private void teLaat(RoutingContext ctx) {
        if (ctx.get(KLAAR) == null) {
            sluit(ctx, Probleem.van(408, "Verzoek te traag", "Het verzoek kwam niet binnen " + termijn.toSeconds() + " s helemaal binnen."));
        }
    }

    /** A failure while the body was read (too large, undecodable, connection gone); later failures are not this class's. */
    private void weiger(RoutingContext ctx) {
        if (Boolean.TRUE.equals(ctx.get(KLAAR))) {
            ctx.next();
        } else if (ctx.statusCode() == 413) {
            long grens = upload(ctx) ? uploadGrens : jsonGrens;
            sluit(ctx, Probleem.van(413, "Verzoek te groot", "Het verzoek is groter dan " + grens / 1024 + " kB."));
        } else {
            onvolledig(ctx);
        }
    }

    private void onvolledig(RoutingContext ctx) {
        if (ctx.get(KLAAR) == null) {
            sluit(ctx, new Probleem("about:blank", "Ongeldig verzoek", 400, "Het verzoek kon niet worden gelezen: het lichaam is onvolledig "
                    + "of afgebroken (bij een upload: het multipart-lichaam eindigt niet met zijn laatste grens).",
                    List.of(new OngeldigeParameter("(lichaam)", "onvolledig of afgebroken"))));
        }
    }

    /**
     * Answers and closes the connection. A client that is still sending gets its rest read and dropped
     * for at most a few seconds first: a client that is cut off while it writes never reads the answer.
     */
    private void sluit(RoutingContext ctx, Probleem probleem) {
        ctx.vertx().cancelTimer(ctx.<Long>get(KLOK));
        ctx.put(KLAAR, false);
        ctx.cancelAndCleanupFileUploads();
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        String tekst;
        try {
            tekst = json.writeValueAsString(probleem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpServerRequest verzoek = ctx.request();
        if (verzoek.isEnded() || probleem.status() == 408) {
            ctx.response().endHandler(v -> verzoek.connection().close());
        } else {
            long klok = ctx.vertx().setTimer(NAZORG_MS, t -> verzoek.connection().close());
            verzoek.end().onComplete(v -> {
                ctx.vertx().cancelTimer(klok);
                verzoek.connection().close();
            });
            verzoek.handler(weg -> { }).resume();
        }
        ctx.response().setStatusCode(probleem.status()).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader("API-Version", ApiVersie.VERSIE).putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONNECTION, "close").end(tekst);
    }
}
