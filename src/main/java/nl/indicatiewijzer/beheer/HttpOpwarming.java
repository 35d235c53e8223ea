package nl.indicatiewijzer.beheer;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import io.smallrye.health.api.HealthRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Once the HTTP server listens: two requests to the advice endpoint, which it answers 401: one without credentials
 * (it passes the endpoint's filters to its role check) and one with a name and password no one has (it runs the
 * sign-in). The first request a server gets loads and links its HTTP stack; without this the first advice after a
 * restart took 128-192 ms at the client, with the first request alone 87-113 ms (README, "Snelheid"). Neither signs
 * in, so neither stores anything. Readiness waits for them, at most {@link #UITERLIJK} after the start.
 */
@ApplicationScoped
class HttpOpwarming {
    private static final Logger LOG = Logger.getLogger(HttpOpwarming.class);
    private static final String NAAM = "http opgewarmd";
    private static final Duration UITERLIJK = Duration.ofSeconds(30);
    private volatile Instant uiterlijk = Instant.MIN;
    private volatile Integer antwoord;

    void registreer(@Observes StartupEvent start, @Readiness HealthRegistry gereedheid,
            @ConfigProperty(name = "indicatiewijzer.opwarmen", defaultValue = "true") boolean aan,
            @ConfigProperty(name = "quarkus.http.insecure-requests", defaultValue = "enabled") String zonderTls) {
        if (!aan || zonderTls.equals("disabled")) {
            return;
        }
        uiterlijk = Instant.now().plus(UITERLIJK);
        gereedheid.register(NAAM, () -> antwoord == null && Instant.now().isBefore(uiterlijk) ? HealthCheckResponse.down(NAAM)
                : HealthCheckResponse.named(NAAM).up().withData("antwoord", antwoord == null ? 0 : antwoord).build());
    }

    void warmOp(@ObservesAsync HttpServerStart start, Instance<HttpServer> server, Vertx vertx) {
        if (uiterlijk == Instant.MIN) {
            return;
        }
        HttpClient client = vertx.createHttpClient();
        try {
            // the event's port; 0 is a random one (the tests), which only the server's own base URI knows
            int poort = start.options().getPort() > 0 ? start.options().getPort() : server.get().getLocalBaseUri().getPort();
            String host = lokaal(start.options().getHost());
            // without credentials the request reaches the endpoint's filters and its role check; with unknown ones it ends in the sign-in
            vraag(client, poort, host, null);
            antwoord = vraag(client, poort, host, onbekendeAanmelding());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("HTTP niet opgewarmd (%s); het eerste advies laadt de HTTP-laag dan zelf", e.getClass().getSimpleName());
            antwoord = 0;
        } catch (InterruptedException e) {
            antwoord = 0;
            Thread.currentThread().interrupt();
        } finally {
            client.close();
        }
    }

    private static int vraag(HttpClient client, int poort, String host, String aanmelding)
            throws ExecutionException, TimeoutException, InterruptedException {
        return client.request(HttpMethod.POST, poort, host, "/api/v1/adviezen")
                .compose(verzoek -> {
                    verzoek.putHeader("Content-Type", "application/json");
                    if (aanmelding != null) {
                        verzoek.putHeader("Authorization", aanmelding);
                    }
                    return verzoek.send("{}");
                })
                .map(HttpClientResponse::statusCode).toCompletionStage().toCompletableFuture().get(UITERLIJK.toSeconds(), TimeUnit.SECONDS);
    }

    /** A name and password no one has, new at every start: the server runs its sign-in and refuses it. */
    private static String onbekendeAanmelding() {
        String naamEnWachtwoord = UUID.randomUUID() + ":" + UUID.randomUUID();
        return "Basic " + Base64.getEncoder().encodeToString(naamEnWachtwoord.getBytes(StandardCharsets.UTF_8));
    }

    /** A server on a wildcard address also listens on the loopback; Linux takes IPv4 on an IPv6 wildcard socket too. */
    private static String lokaal(String host) {
        return host == null || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    }
}
