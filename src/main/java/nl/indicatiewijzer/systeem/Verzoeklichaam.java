package nl.indicatiewijzer.systeem;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request body of the API is read whole on the event loop before a worker thread takes the
 * request, and only after Quarkus Security let the caller in (a resource's {@code @RolesAllowed} is
 * checked when the request is matched, before the filters): a slow or stalled body holds a
 * connection, never a worker. The limit counts the bytes as they arrive, chunked or not: a multipart
 * upload of tables may take {@code quarkus.http.limits.max-body-size} (spooled to a file), every other
 * body {@code indicatiewijzer.json.max-body-size} (in memory). Beyond it, or when the body has not
 * arrived within {@code indicatiewijzer.http.body-timeout}, the answer is problem+json and the
 * connection is closed.
 */
public class Verzoeklichaam {
    private static final Pattern UPLOAD = Pattern.compile("/api/v1/regelsets/[^/]+/versies/?");
    private static final String GEWEIGERD = "indicatiewijzer.lichaam-geweigerd";
    private static final long NAZORG_MS = 5_000;
    private final long jsonGrens;
    private final long uploadGrens;
    private final Path uploadMap;
    private final Duration termijn;

    public Verzoeklichaam(@ConfigProperty(name = "indicatiewijzer.json.max-body-size", defaultValue = "256K") MemorySize jsonGrens,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize uploadGrens,
            @ConfigProperty(name = "quarkus.http.body.uploads-directory") String uploadMap,
            @ConfigProperty(name = "indicatiewijzer.http.body-timeout", defaultValue = "60S") Duration termijn) {
        this.jsonGrens = jsonGrens.asLongValue();
        this.uploadGrens = uploadGrens.asLongValue();
        this.uploadMap = Path.of(uploadMap);
        this.termijn = termijn;
    }

    @ServerRequestFilter(nonBlocking = true, priority = 1)
    public Uni<Response> lees(ContainerRequestContext verzoek, RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String lengte = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (request.isEnded() || lengte == null && !request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || "0".equals(lengte)) {
            return Uni.createFrom().nullItem();
        }
        boolean upload = upload(ctx);
        long grens = upload ? uploadGrens : jsonGrens;
        ctx.addEndHandler(v -> sluit(ctx));
        if (lengte != null && lengte.chars().allMatch(Character::isDigit) && lengte.length() < 19 && Long.parseLong(lengte) > grens) {
            return Uni.createFrom().item(weigering(ctx, teGroot(grens)));
        }
        return Uni.createFrom().emitter(uit -> new Lezing(ctx, verzoek, uit, grens, upload).begin());
    }

    /** Only a multipart body to the upload path goes to a file; anything else is held in memory, so it gets the JSON limit. */
    private static boolean upload(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return UPLOAD.matcher(ctx.normalizedPath()).matches() && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** One body as it comes in: counted, kept in memory or in a file, handed to Quarkus REST when whole. */
    private final class Lezing {
        private final RoutingContext ctx;
        private final HttpServerRequest request;
        private final ContainerRequestContext verzoek;
        private final UniEmitter<? super Response> uit;
        private final long grens;
        private final boolean upload;
        private final Buffer geheugen = Buffer.buffer();
        private AsyncFile bestand;
        private Path pad;
        private long gelezen;
        private long klok;
        private boolean klaar;

        Lezing(RoutingContext ctx, ContainerRequestContext verzoek, UniEmitter<? super Response> uit, long grens, boolean upload) {
            this.ctx = ctx;
            this.request = ctx.request();
            this.verzoek = verzoek;
            this.uit = uit;
            this.grens = grens;
            this.upload = upload;
        }

        void begin() {
            klok = ctx.vertx().setTimer(termijn.toMillis(), t -> weiger(Probleem.van(408, "Verzoek te traag",
                    "Het verzoek kwam niet binnen " + termijn.toSeconds() + " s helemaal binnen.")));
            if (!upload) {
                lees();
                return;
            }
            request.pause();
            pad = uploadMap.resolve("lichaam-" + UUID.randomUUID());
            ctx.addEndHandler(v -> ctx.vertx().fileSystem().delete(pad.toString()).onFailure(f -> { }));
            ctx.vertx().fileSystem().mkdirs(uploadMap.toString())
                    .compose(v -> ctx.vertx().fileSystem().open(pad.toString(), new OpenOptions().setWrite(true).setCreateNew(true)))
                    .onSuccess(f -> {
                        bestand = f;
                        lees();
                    })
                    .onFailure(f -> weiger(Probleem.van(503, "Niet beschikbaar", "De upload kon niet worden opgeslagen.")));
        }

        private void lees() {
            request.handler(this::deel);
            request.endHandler(v -> einde());
            request.exceptionHandler(f -> weiger(onvolledig()));
            request.resume();
        }

        private void deel(Buffer deel) {
            if (klaar) {
                return;
            }
            gelezen += deel.length();
            if (gelezen > grens) {
                weiger(teGroot(grens));
            } else if (bestand == null) {
                geheugen.appendBuffer(deel);
            } else {
                bestand.write(deel);
                if (bestand.writeQueueFull()) {
                    request.pause();
                    bestand.drainHandler(v -> request.resume());
                }
            }
        }

        private void einde() {
            if (klaar) {
                return;
            }
            if (bestand == null) {
                verzoek.setEntityStream(new ByteArrayInputStream(geheugen.getBytes()));
                gereed();
                return;
            }
            bestand.close().onSuccess(v -> {
                try {
                    verzoek.setEntityStream(new FileInputStream(pad.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                gereed();
            }).onFailure(f -> weiger(Probleem.van(503, "Niet beschikbaar", "De upload kon niet worden opgeslagen.")));
        }

        private void gereed() {
            if (!klaar) {
                klaar = true;
                ctx.vertx().cancelTimer(klok);
                uit.complete(null);
            }
        }

        private void weiger(Probleem probleem) {
            if (!klaar) {
                klaar = true;
                ctx.vertx().cancelTimer(klok);
                if (bestand != null) {
                    bestand.close();
                }
                uit.complete(weigering(ctx, probleem));
            }
        }
    }

    private static Probleem teGroot(long grens) {
        return Probleem.van(413, "Verzoek te groot", "Het verzoek is groter dan " + grens / 1024 + " kB.");
    }

    private static Probleem onvolledig() {
        return new Probleem("about:blank", "Ongeldig verzoek", 400, "Het verzoek kon niet worden gelezen: het lichaam is onvolledig "
                + "of afgebroken.", List.of(new OngeldigeParameter("(lichaam)", "onvolledig of afgebroken")));
    }

    private static Response weigering(RoutingContext ctx, Probleem probleem) {
        ctx.put(GEWEIGERD, probleem.status());
        return probleem.antwoord().header(HttpHeaders.CONNECTION.toString(), "close").build();
    }

    /**
     * After a refusal the connection closes. A client that is still sending first gets its rest read
     * and dropped, for at most a few seconds: a client cut off while it writes never reads the answer.
     */
    private static void sluit(RoutingContext ctx) {
        Integer status = ctx.get(GEWEIGERD);
        HttpServerRequest request = ctx.request();
        if (status == null || request.connection() == null) {
            return;
        }
        if (request.isEnded() || status == 408) {
            request.connection().close();
            return;
        }
        long klok = ctx.vertx().setTimer(NAZORG_MS, t -> request.connection().close());
        request.end().onComplete(v -> {
            ctx.vertx().cancelTimer(klok);
            request.connection().close();
        });
        request.handler(weg -> { }).exceptionHandler(weg -> { }).resume();
    }
}
