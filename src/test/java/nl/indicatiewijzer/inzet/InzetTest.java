package nl.indicatiewijzer.inzet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
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
 * The deployment recipe an operator copies (deploy/): its probes answer as Kubernetes expects, and
 * every setting it passes is one the service reads, so a typo cannot silently fall back to a default.
 */
@QuarkusTest
class InzetTest {
    private static final Pattern EIGENSCHAP = Pattern.compile("name = \"(indicatiewijzer\\.[a-z0-9.\\-]+)\"");

    @Test
    void deProbesVanHetManifestAntwoordenEnElkeInstellingBestaat() throws IOException {
        List<JsonNode> documenten = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                .<JsonNode>readValues(Files.readString(Path.of("deploy/kubernetes.yaml"))).readAll();
        JsonNode container = documenten.stream().filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow()
                .path("spec").path("template").path("spec").path("containers").get(0);
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            given().get(container.path(probe).path("httpGet").path("path").asText()).then().statusCode(200);
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
