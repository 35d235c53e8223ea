package nl.indicatiewijzer.proces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.indicatiewijzer.systeem.ProefIdp;
import nl.indicatiewijzer.systeem.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service in the profile {@code productie}: it refuses to start with embedded users, without
 * an identity provider or without the client-reference key, and names each reason; with all three right
 * it starts, answers bearer tokens, and has no embedded users.
 */
class ProductieIT {
    private static final String SLEUTEL = Base64.getEncoder().encodeToString(new byte[32]);
    private static final ProefIdp IDP = new ProefIdp();
    private static Map<String, String> oidc;

    @BeforeAll
    static void idp() {
        oidc = IDP.start();
    }

    @AfterAll
    static void stop() {
        IDP.stop();
    }

    @Test
    void zonderIdentityProviderEnSleutelStartHetNiet() throws Exception {
        String log = weigert(List.of());
        assertTrue(log.contains("Het productieprofiel start niet") && log.contains("geen identity provider")
                && log.contains("sleutel voor clientreferenties ontbreekt") && log.contains("indicatiewijzer.sleutel.keten")
                && log.contains("indicatiewijzer.sleutel.controlepunt"), log);
    }

    @Test
    void metIngebouwdeGebruikersStartHetNiet() throws Exception {
        List<String> opties = new ArrayList<>(opties(oidc));
        opties.addAll(List.of("-Dindicatiewijzer.sleutel.client-referentie=" + SLEUTEL, "-Dquarkus.security.users.embedded.users.piet=geheim"));
        String log = weigert(opties);
        assertTrue(log.contains("Het productieprofiel start niet: er zijn ingebouwde gebruikers ingesteld") && log.contains("piet"), log);
    }

    @Test
    void metIdentityProviderEnSleutelStartHetZonderIngebouwdeGebruikers() throws Exception {
        List<String> opties = new ArrayList<>(opties(oidc));
        opties.addAll(List.of("-Dindicatiewijzer.sleutel.client-referentie=" + SLEUTEL, "-Dindicatiewijzer.sleutel.keten=" + SLEUTEL,
                "-Dindicatiewijzer.sleutel.controlepunt=" + SLEUTEL));
        int poort = vrijePoort();
        Process dienst = start(opties, poort, Files.createTempDirectory(Path.of("target"), "productie"));
        try {
            HttpClient http = HttpClient.newHttpClient();
            String token = Tokens.onderteken(ProefIdp.sleutel(), ProefIdp.KID, Tokens.claims(ProefIdp.issuer(), 5, "ina", "wmo-intake"));
            HttpResponse<String> ik = null;
            for (long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); System.nanoTime() < tot && dienst.isAlive(); Thread.sleep(250)) {
                try {
                    ik = http.send(verzoek(poort, "Bearer " + token), HttpResponse.BodyHandlers.ofString());
                    break;
                } catch (java.io.IOException nogNiet) {
                    // not listening yet
                }
            }
            assertTrue(ik != null && ik.statusCode() == 200 && ik.body().contains("\"intake\""), "de service startte niet: " + ik);
            HttpResponse<String> basic = http.send(verzoek(poort, "Basic " + Base64.getEncoder()
                    .encodeToString("intake:intake".getBytes(StandardCharsets.UTF_8))), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, basic.statusCode());
            assertEquals(List.of("Bearer realm=\"Indicatiewijzer\""), basic.headers().allValues("WWW-Authenticate"));
        } finally {
            dienst.destroy();
            dienst.waitFor();
        }
    }

    private static HttpRequest verzoek(int poort, String autorisatie) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + "/api/v1/gebruiker"))
                .header("Authorization", autorisatie).timeout(Duration.ofSeconds(30)).build();
    }

    private static String weigert(List<String> opties) throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "productie");
        Process dienst = start(opties, vrijePoort(), data);
        assertTrue(dienst.waitFor(90, TimeUnit.SECONDS), "de service hoort te weigeren, niet te draaien");
        assertNotEquals(0, dienst.exitValue());
        return Files.readString(data.resolveSibling(data.getFileName() + ".log"));
    }

    private static Process start(List<String> opties, int poort, Path data) throws Exception {
        List<String> opdracht = new ArrayList<>(List.of("java", "-Dquarkus.profile=productie", "-Dquarkus.http.port=" + poort,
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.management.port=" + vrijePoort(), "-Dquarkus.management.host=127.0.0.1",
                "-Dindicatiewijzer.data-dir=" + data,
                "-Dindicatiewijzer.regels-map=" + Path.of(".").toAbsolutePath()));
        opdracht.addAll(opties);
        opdracht.addAll(List.of("-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        return new ProcessBuilder(opdracht).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile()).start();
    }

    private static List<String> opties(Map<String, String> config) {
        return config.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).toList();
    }

    private static int vrijePoort() throws Exception {
        try (ServerSocket vrij = new ServerSocket(0)) {
            return vrij.getLocalPort();
        }
    }
}
