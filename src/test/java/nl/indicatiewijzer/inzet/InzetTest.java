package nl.indicatiewijzer.inzet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deployment recipe an operator copies (deploy/): its probes go to the management interface's
 * port (9000, not the API's) and answer as Kubernetes expects, and every setting it passes is one the
 * service reads, so a typo cannot silently fall back to a default.
 */
@QuarkusTest
class InzetTest {
    private static final Pattern EIGENSCHAP = Pattern.compile("name = \"(indicatiewijzer\\.[a-z0-9.\\-]+)\"");
    private static final int BEHEERPOORT = 9000;

    @TestHTTPResource(value = "/", management = true)
    URL beheer;

    @Test
    void deProbesVanHetManifestAntwoordenEnElkeInstellingBestaat() throws IOException {
        List<JsonNode> documenten = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                .<JsonNode>readValues(Files.readString(Path.of("deploy/kubernetes.yaml"))).readAll();
        JsonNode container = documenten.stream().filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow()
                .path("spec").path("template").path("spec").path("containers").get(0);
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String poort = container.path(probe).path("httpGet").path("port").asText();
            JsonNode genoemd = null;
            for (JsonNode p : container.path("ports")) {
                genoemd = p.path("name").asText().equals(poort) ? p : genoemd;
            }
            assertEquals(BEHEERPOORT, genoemd == null ? -1 : genoemd.path("containerPort").asInt(), probe + " gaat naar de beheerpoort");
            String pad = container.path(probe).path("httpGet").path("path").asText();
            given().get(new URL(beheer, pad)).then().statusCode(200);
            given().get(pad).then().statusCode(404);
        }

        Set<String> gelezen = new HashSet<>();
        try (Stream<Path> bronnen = Files.walk(Path.of("src/main/java"))) {
            for (Path bron : bronnen.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = EIGENSCHAP.matcher(Files.readString(bron));
                while (m.find()) {
                    gelezen.add(m.group(1).replaceAll("[.\\-]", "_").toUpperCase(Locale.ROOT));
                }
            }
        }
        Set<String> gezet = new HashSet<>();
        container.path("env").forEach(e -> gezet.add(e.path("name").asText()));
        documenten.stream().filter(d -> d.path("kind").asText().equals("Secret")).forEach(d -> d.path("stringData").fieldNames().forEachRemaining(gezet::add));
        Matcher env = Pattern.compile("(INDICATIEWIJZER_[A-Z_]+)=").matcher(Files.readString(Path.of("deploy/Containerfile")));
        while (env.find()) {
            gezet.add(env.group(1));
        }
        assertTrue(gezet.size() >= 8, "het manifest zet de instellingen: " + gezet);
        for (String naam : gezet) {
            if (naam.startsWith("INDICATIEWIJZER_")) {
                assertTrue(gelezen.contains(naam), naam + " wordt door de service niet gelezen; gelezen: " + gelezen);
            }
        }
    }
}
