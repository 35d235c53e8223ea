package nl.indicatiewijzer.vijandig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indicatiewijzer.systeem.Database;
import org.junit.jupiter.api.Test;

/**
 * At least 10,000 generated and mutated requests for every endpoint that takes input: never a 5xx,
 * never a stack trace in a response, and no decision stored for a request that was refused.
 */
@QuarkusTest
class VijandigeInvoerTest {
    static final int AANTAL = Integer.getInteger("indicatiewijzer.vijandig.aantal", 10_000);
    private static final Pattern STACKTRACE = Pattern.compile("\\bat [a-z]+\\.[\\w.$]+\\(|Exception|java\\.lang\\.|org\\.jboss\\.|io\\.quarkus\\.");
    /** A Java package or an exception in any answer; in a refusal also a Java type's name (ObjectNode, LocalDate, String). */
    static final Pattern PAKKET = Pattern.compile("(?<![\\w.@/-])(java|javax|jakarta|com|org|io|nl|sun|jdk)\\.[a-z]\\w*\\.|\\b\\w+(Exception|Error)\\b");
    static final Pattern TYPE = Pattern.compile("\\b[A-Z][a-z]+([A-Z][a-z0-9]*)+\\b|\\b(String|Integer|Double|Boolean|List|Map|Object)\\b");
    private static final String GELDIG = """
            {"regeling": "mlw-mer", "peildatum": "2027-03-01", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
             "perspectief": "ONTWIKKELING", "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"],
             "leefgebieden": {"FINANCIEN_ADMINISTRATIE": "MATIG"}, "clientReferentie": "zaak-1", "vervoer": {"afstandKm": 4}}""";
    private static final String VERSIE = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Database database;

    @Test
    void gemuteerdeAdviesverzoekenGevenNooit5xxEnWeigeringenSlaanNietsOp() throws Exception {
        long voor = aantalAdviezen();
        AtomicInteger gelukt = new AtomicInteger();
        Mutaties.van(GELDIG, AANTAL).forEach(lichaam -> {
            if (stuur("POST", "/api/v1/adviezen", "intake", "application/json", lichaam.getBytes(StandardCharsets.UTF_8), lichaam) == 200) {
                gelukt.incrementAndGet();
            }
        });
        assertEquals(voor + gelukt.get(), aantalAdviezen(), "alleen beantwoorde adviezen zijn opgeslagen");
        assertTrue(gelukt.get() < AANTAL, "de mutaties werden ook geweigerd");
    }

    @Test
    void vreemdeZoekparametersPadenEnHerhalingen() {
        Mutaties.teksten(AANTAL).forEach(t -> stuur("GET", "/api/v1/adviezen?regeling=" + enc(t) + "&van=" + enc(t) + "&tot=2027-01-01&page="
                + enc(t) + "&size=" + enc(t), "auditor", null, null, t));
        Mutaties.teksten(AANTAL).forEach(t -> stuur("GET", "/api/v1/adviezen/" + enc(t), "auditor", null, null, t));
        Mutaties.teksten(AANTAL).forEach(t -> stuur("POST", "/api/v1/adviezen/" + enc(t) + "/herhaling?regelset=" + enc(t), "auditor",
                "application/json", new byte[0], t));
    }

    @Test
    void gemuteerdeImpactanalysesEnVersieaanroepen() throws Exception {
        Mutaties.van("{\"regeling\": \"tsd\", \"kandidaat\": \"" + VERSIE + "\", \"van\": \"2026-01-01\", \"tot\": \"2026-12-31\"}", AANTAL)
                .forEach(l -> stuur("POST", "/api/v1/impactanalyses", "beleid", "application/json", l.getBytes(StandardCharsets.UTF_8), l));
        Mutaties.teksten(AANTAL).forEach(t -> stuur("POST", "/api/v1/regelsets/" + enc(t) + "/versies/" + enc(t) + "/activering",
                "beleid", "application/json", new byte[0], t));
        Mutaties.teksten(AANTAL).forEach(t -> stuur("GET", "/api/v1/regelsets/tsd/versies/" + enc(t) + "/verschil?met=" + enc(t),
                "beleid", null, null, t));
        Mutaties.teksten(AANTAL).forEach(t -> stuur("GET", "/api/v1/regelsets/" + enc(t) + "/versies/" + VERSIE, "beleid", null, null, t));
    }

    @Test
    void kapotteEnVerminkteWerkmappen() throws Exception {
        byte[] echt = Files.readAllBytes(Path.of("decision-tables/tsd/kilometerklassen.drl.xlsx"));
        Mutaties.bytes(AANTAL, echt).forEach(b -> {
            String grens = "----vijandig";
            byte[] lichaam = multipart(grens, "kilometerklassen.drl.xlsx", b);
            stuur("POST", "/api/v1/regelsets/tsd/versies", "beleid", "multipart/form-data; boundary=" + grens, lichaam, b.length + " bytes");
        });
    }

    @Test
    void eenGrootLichaamZonderLengteIs413ZodraDeGrensVoorbijIs() throws Exception {
        long voor = aantalAdviezen();
        try (Ruwverzoek r = Ruwverzoek.open("localhost", RestAssured.port, "/api/v1/adviezen", "intake", "application/json", -1)) {
            String antwoord = r.stuurGroot("{\"regeling\": \"", 20_000_000);
            assertEquals(413, Ruwverzoek.status(antwoord), antwoord);
            assertTrue(antwoord.contains("application/problem+json") && antwoord.contains("groter dan 256 kB"), antwoord);
        }
        try (Ruwverzoek r = Ruwverzoek.open("localhost", RestAssured.port, "/api/v1/regelsets/tsd/versies", "beleid",
                "multipart/form-data; boundary=grens", -1)) {
            String antwoord = r.stuurGroot("--grens\r\nContent-Disposition: form-data; name=\"omschrijving\"\r\n\r\nTe groot\r\n"
                    + "--grens\r\nContent-Disposition: form-data; name=\"bestanden\"; filename=\"groot.drl.xlsx\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n", 30_000_000);
            assertEquals(413, Ruwverzoek.status(antwoord), antwoord);
            assertTrue(antwoord.contains("groter dan 25600 kB"), antwoord);
        }
        assertEquals(voor, aantalAdviezen());
    }

    /** More slow bodies at once than there are worker threads (200): they wait on the event loop, and advice goes on. */
    @Test
    void trageLichamenHoudenGeenWerkerBezet() throws Exception {
        byte[] lichaam = GELDIG.getBytes(StandardCharsets.UTF_8);
        List<Ruwverzoek> traag = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Ruwverzoek r = Ruwverzoek.open("localhost", RestAssured.port, "/api/v1/adviezen", "intake", "application/json", lichaam.length);
                r.stuur(Arrays.copyOfRange(lichaam, 0, 10));
                traag.add(r);
            }
            assertEquals(200, stuur("POST", "/api/v1/adviezen", "intake", "application/json", lichaam, GELDIG), "advies naast 300 trage lichamen");
            for (Ruwverzoek r : traag) {
                r.stuur(Arrays.copyOfRange(lichaam, 10, lichaam.length));
            }
            for (Ruwverzoek r : traag) {
                String antwoord = r.antwoord();
                assertEquals(200, Ruwverzoek.status(antwoord), antwoord);
            }
        } finally {
            for (Ruwverzoek r : traag) {
                r.close();
            }
        }
    }

    @Test
    void eenStilgevallenLichaamWordtNaDeTermijnAfgebroken() throws Exception {
        try (Ruwverzoek r = Ruwverzoek.open("localhost", RestAssured.port, "/api/v1/adviezen", "intake", "application/json", 1000)) {
            r.stuur("{\"regeling\": ".getBytes(StandardCharsets.UTF_8));
            String antwoord = r.antwoord();
            assertEquals(408, Ruwverzoek.status(antwoord), antwoord);
            assertTrue(antwoord.contains("application/problem+json") && antwoord.contains("niet binnen"), antwoord);
        }
    }

    /** One document, nothing after it, every key once: the last {@code regeling} does not win, the request is refused. */
    @Test
    void jsonIsStrengEnZegtWatErMisIs() throws Exception {
        long voor = aantalAdviezen();
        Map<String, List<String>> gevallen = new LinkedHashMap<>();
        gevallen.put(GELDIG + " garbage", List.of("(verzoek)", "na het JSON-document staat nog tekst"));
        gevallen.put(GELDIG + "}", List.of("(verzoek)", "na het JSON-document staat nog tekst"));
        gevallen.put(GELDIG + "\n" + GELDIG, List.of("(verzoek)", "na het JSON-document volgt nog een document"));
        gevallen.put(GELDIG + " 42", List.of("(verzoek)", "na het JSON-document volgt nog een document"));
        gevallen.put(GELDIG.replaceFirst("\\{", "{\"regeling\": \"tsd\", "), List.of("regeling", "komt twee keer voor"));
        gevallen.put(GELDIG.replace("\"afstandKm\": 4", "\"afstandKm\": 4, \"afstandKm\": 40"), List.of("vervoer.afstandKm", "komt twee keer voor"));
        gevallen.put(GELDIG.substring(0, 60), List.of("(verzoek)", "houdt halverwege op"));
        for (var geval : gevallen.entrySet()) {
            HttpResponse<String> r = verstuur("POST", "/api/v1/adviezen", "intake", "application/json",
                    geval.getKey().getBytes(StandardCharsets.UTF_8), geval.getKey());
            assertEquals(400, r.statusCode(), geval.getKey());
            JsonNode fout = JSON.readTree(r.body()).path("invalidParams").path(0);
            assertEquals(geval.getValue().get(0), fout.path("name").asText(), r.body());
            assertTrue(fout.path("reason").asText().contains(geval.getValue().get(1)), r.body());
        }
        String impact = "{\"regeling\": \"tsd\", \"kandidaat\": \"" + VERSIE + "\", \"van\": \"2026-01-01\", \"tot\": \"2026-12-31\"}";
        HttpResponse<String> r = verstuur("POST", "/api/v1/impactanalyses", "beleid", "application/json",
                (impact + impact).getBytes(StandardCharsets.UTF_8), impact);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("na het JSON-document volgt nog een document"), r.body());
        assertEquals(voor, aantalAdviezen(), "geen geweigerd verzoek is opgeslagen");
    }

    private int stuur(String methode, String pad, String gebruiker, String type, byte[] lichaam, String invoer) {
        try {
            return verstuur(methode, pad, gebruiker, type, lichaam, invoer).statusCode();
        } catch (IllegalArgumentException e) {
            return 400; // a path the client itself refuses to send is no request
        }
    }

    private HttpResponse<String> verstuur(String methode, String pad, String gebruiker, String type, byte[] lichaam, String invoer) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pad))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + gebruiker).getBytes()));
            if (type != null) {
                b.header("Content-Type", type);
            }
            b.method(methode, lichaam == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(lichaam));
            HttpRequest verzoek = b.build();
            HttpResponse<String> r;
            try {
                r = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException gesloten) {
                // the server may close a kept-alive connection after refusing a request; a client sends again
                r = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
            }
            String kort = invoer.length() > 300 ? invoer.substring(0, 300) + "..." : invoer;
            assertTrue(r.statusCode() < 500, methode + " " + pad + " gaf " + r.statusCode() + " op " + kort + ": " + r.body());
            assertFalse(STACKTRACE.matcher(r.body()).find(), "stacktrace in het antwoord op " + kort + ": " + r.body());
            geenJavanamen(r, pad + " " + invoer, type == null || type.startsWith("application/json"));
            return r;
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(methode + " " + pad + ": " + e, e);
        }
    }

    /**
     * No Java name in the answer that the client did not send itself (an answer may quote what it
     * refuses). A report on an uploaded workbook quotes the workbook's own names, so there only packages count.
     */
    private static void geenJavanamen(HttpResponse<String> r, String verzonden, boolean json) {
        for (Pattern naam : r.statusCode() >= 400 && json ? List.of(PAKKET, TYPE) : List.of(PAKKET)) {
            for (Matcher m = naam.matcher(r.body()); m.find();) {
                String body = r.body();
                int begin = m.start();
                int eind = m.end();
                assertTrue(verzonden.contains(m.group()), () -> "een Java-naam in het antwoord op " + r.request().method() + " "
                        + r.uri().getPath() + ": " + body.substring(Math.max(0, begin - 200), Math.min(body.length(), eind + 100)).replaceAll("\\p{Cntrl}", "?"));
            }
        }
    }

    private static byte[] multipart(String grens, String naam, byte[] inhoud) {
        byte[] kop = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"omschrijving\"\r\n\r\nVerminkte werkmap\r\n"
                + "--" + grens + "\r\nContent-Disposition: form-data; name=\"bestanden\"; filename=\"" + naam
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] staart = ("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] alles = new byte[kop.length + inhoud.length + staart.length];
        System.arraycopy(kop, 0, alles, 0, kop.length);
        System.arraycopy(inhoud, 0, alles, kop.length, inhoud.length);
        System.arraycopy(staart, 0, alles, kop.length + inhoud.length, staart.length);
        return alles;
    }

    private static String enc(String t) {
        return URLEncoder.encode(t.length() > 2000 ? t.substring(0, 2000) : t, StandardCharsets.UTF_8);
    }

    private long aantalAdviezen() throws Exception {
        try (Connection c = database.verbinding(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM advies")) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
