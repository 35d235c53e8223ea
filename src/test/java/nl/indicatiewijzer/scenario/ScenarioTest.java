package nl.indicatiewijzer.scenario;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.indicatiewijzer.regels.Regelbestand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every scenario file beside the rules against the HTTP endpoint, as an intake worker would
 * send it, and checks what the scenario's {@code verwacht} names (the same check the service runs on
 * an uploaded candidate).
 */
@QuarkusTest
class ScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SEED = Map.of("mlw-mer", "002_9e08778fcfad97cb.txt",
            "stede-broec", "003_6bb7629609553e0a.txt", "bkb24", "000_15cf482d090f9102.txt",
            "bijlage5", "001_01ffebea9e303501.txt", "tsd", "004_4391f3baeb5519d7.txt");
    private static final Pattern SEEDBESTAND = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");

    static Stream<Scenario> scenarios() throws IOException {
        return alle().stream();
    }

    /** Every case of every {@code rules/<regeling>/scenarios/*.yaml}. */
    static List<Scenario> alle() throws IOException {
        List<Scenario> alle = new ArrayList<>();
        try (Stream<Path> paden = Files.walk(Path.of("rules"))) {
            for (Path p : paden.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                alle.addAll(Scenario.uit(new Regelbestand(p.toString(), Files.readAllBytes(p))));
            }
        }
        return alle;
    }

    @Test
    void elkeScenarioNaamIsUniekEnEenZin() throws IOException {
        List<String> namen = alle().stream().map(Scenario::naam).toList();
        assertEquals(namen.size(), namen.stream().distinct().count(), "dubbele scenarionamen");
        namen.forEach(n -> assertTrue(n.split(" ").length >= 4 && Character.isUpperCase(n.charAt(0)), "geen zin: " + n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(Scenario s) throws Exception {
        var antwoord = given().auth().preemptive().basic("intake", "intake")
                .contentType("application/json").body(JSON.writeValueAsString(s.verzoek()))
                .when().post("/api/v1/adviezen");
        JsonNode advies = JSON.readTree(antwoord.asString());
        List<Afwijking> afwijkingen = Verwachting.toets(s.verwacht(), antwoord.statusCode(), advies);
        assertTrue(afwijkingen.isEmpty(), s.bestand() + ": " + s.naam() + "\n"
                + afwijkingen.stream().map(Afwijking::toString).collect(Collectors.joining("\n")) + "\n" + advies.toPrettyString());
        List<String> fout = bronnenZonderEigenKop(advies);
        assertTrue(fout.isEmpty(), s.bestand() + ": " + s.naam() + "\nbron zonder kop uit de eigen catalogus:\n"
                + String.join("\n", fout));
    }

    /**
     * Every {@code bron} of an advice names the regeling's own seed file first, no other seed, and then a
     * section heading of that seed: the part up to the first comma, colon or semicolon is the start of a
     * heading, or a heading is its start (the headings are in {@code src/test/resources/seedkoppen}).
     */
    static List<String> bronnenZonderEigenKop(JsonNode advies) throws IOException {
        List<String> fout = new ArrayList<>();
        String seed = SEED.get(advies.path("regeling").asText());
        if (seed == null) {
            return fout;
        }
        List<String> koppen = koppen(seed);
        List<JsonNode> vervolg = new ArrayList<>();
        advies.path("producten").forEach(p -> {
            if (p.has("vervolg")) {
                vervolg.add(p.get("vervolg"));
            }
        });
        for (String lijst : List.of("motivering", "afgewezen", "waarschuwingen", "producten.vervolg")) {
            for (JsonNode regel : lijst.equals("producten.vervolg") ? vervolg : (Iterable<JsonNode>) advies.path(lijst)) {
                String bron = regel.path("bron").asText();
                String rest = bron.startsWith(seed + ", ") ? bron.substring(seed.length() + 2) : null;
                if (rest == null || SEEDBESTAND.matcher(rest).find()) {
                    fout.add(lijst + ": " + bron + " (niet alleen " + seed + ")");
                } else if (koppen.stream().noneMatch(k -> begintMet(k, normaal(rest.split("[,;:]")[0])))) {
                    fout.add(lijst + ": " + bron);
                }
            }
        }
        return fout;
    }

    private static boolean begintMet(String kop, String deel) {
        String kort = kop.length() <= deel.length() ? kop : deel;
        String lang = kort == kop ? deel : kop;
        return !kort.isEmpty() && lang.startsWith(kort)
                && (lang.length() == kort.length() || !Character.isLetterOrDigit(lang.charAt(kort.length())));
    }

    private static List<String> koppen(String seed) throws IOException {
        try (var in = ScenarioTest.class.getResourceAsStream("/seedkoppen/" + seed)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(ScenarioTest::normaal).toList();
        }
    }

    private static String normaal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
