package nl.indicatiewijzer.proces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a separate process on a free
 * loopback port, with its own data directory and rules folder: to restart it, or kill it with -9.
 */
public final class Dienstproces implements AutoCloseable {
    private static final String MLW_MER = "{\"regeling\": \"mlw-mer\", \"peildatum\": \"2027-03-01\", \"leeftijd\": 38, "
            + "\"grondslagen\": [\"PSYCHISCH\"], \"perspectief\": \"ONTWIKKELING\", \"complexiteit\": \"GEMIDDELD\", "
            + "\"hulpvragen\": [\"BEGELEIDING_INDIVIDUEEL\"], \"leefgebieden\": {\"FINANCIEN_ADMINISTRATIE\": \"MATIG\"}}";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long one start may take; on a busy machine: -Dindicatiewijzer.starttijd=<seconds>. */
    static final Duration STARTTIJD = Duration.ofSeconds(Integer.getInteger("indicatiewijzer.starttijd", 60));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final Path dataMap;
    private final Path regelsMap;
    private final List<String> extra;
    private final Path log;
    private Process proces;
    private int poort;
    private int beheerpoort;

    public Dienstproces(Path dataMap, Path regelsMap, List<String> extra) {
        this.dataMap = dataMap;
        this.regelsMap = regelsMap;
        this.extra = extra;
        this.log = dataMap.resolveSibling(dataMap.getFileName() + ".log");
    }

    public Dienstproces start() throws Exception {
        return start(STARTTIJD);
    }

    /** Starts and waits until it answers, at most {@code binnen}: wider when several instances start on the same cores. */
    public Dienstproces start(Duration binnen) throws Exception {
        try (ServerSocket vrij = new ServerSocket(0); ServerSocket beheer = new ServerSocket(0)) {
            poort = vrij.getLocalPort();
            beheerpoort = beheer.getLocalPort();
        }
        List<String> opdracht = new ArrayList<>(List.of("java", "-Dquarkus.http.port=" + poort, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.management.port=" + beheerpoort, "-Dquarkus.management.host=127.0.0.1",
                "-Dindicatiewijzer.data-dir=" + dataMap, "-Dindicatiewijzer.regels-map=" + regelsMap));
        opdracht.addAll(extra);
        opdracht.addAll(List.of("-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        long tot = System.nanoTime() + binnen.toNanos();
        proces = new ProcessBuilder(opdracht).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        while (System.nanoTime() < tot) {
            if (!proces.isAlive()) {
                throw new IllegalStateException("De service stopte bij het starten; zie " + log + staart());
            }
            try {
                if (get("/api/v1/adviezen/integriteit", "auditor").statusCode() == 200) {
                    return this;
                }
            } catch (IOException nogNiet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        doodHard();
        throw new IllegalStateException("De service startte niet binnen " + binnen.toSeconds() + " s; zie " + log + staart());
    }

    /** The log's last lines without the rule compiler's advice, so a failed start says why in the test report itself. */
    private String staart() throws IOException {
        // decoded leniently: a malformed byte in the log must not hide why the start failed
        List<String> regels = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()
                .filter(r -> !r.contains("[org.drools.")).toList();
        return "\n" + String.join("\n", regels.subList(Math.max(0, regels.size() - 15), regels.size()));
    }

    /** kill -9: no shutdown hook, no flush. */
    public void doodHard() throws InterruptedException {
        proces.destroyForcibly();
        proces.waitFor();
    }

    public long pid() {
        return proces.pid();
    }

    public int poort() {
        return poort;
    }

    public void stop() throws InterruptedException {
        proces.destroy();
        proces.waitFor();
    }

    public HttpResponse<String> post(String pad, String gebruiker, String lichaam) throws IOException, InterruptedException {
        return HTTP.send(verzoek(pad, gebruiker).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(lichaam)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data upload of one file in the part "bestanden" with its "omschrijving", as a browser form sends it. */
    public HttpResponse<String> upload(String pad, String gebruiker, String naam, byte[] inhoud) throws IOException, InterruptedException {
        String grens = "----indicatiewijzer" + System.nanoTime();
        byte[] kop = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"omschrijving\"\r\n\r\nProef: " + naam + "\r\n"
                + "--" + grens + "\r\nContent-Disposition: form-data; name=\"bestanden\"; filename=\"" + naam
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] staart = ("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HTTP.send(verzoek(pad, gebruiker).header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(kop, inhoud, staart))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An mlw-mer advice (BGI for a client with psychological problems), as intake asks it; a refusal is an error. */
    public JsonNode advies() throws IOException, InterruptedException {
        HttpResponse<String> antwoord = post("/api/v1/adviezen", "intake", MLW_MER);
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException("advies: " + antwoord.statusCode() + " " + antwoord.body());
        }
        return JSON.readTree(antwoord.body());
    }

    /** A GET on the management interface (health, metrics), which asks no credentials. */
    public HttpResponse<String> beheer(String pad) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + beheerpoort + pad)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String pad, String gebruiker) throws IOException, InterruptedException {
        return HTTP.send(verzoek(pad, gebruiker).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder verzoek(String pad, String gebruiker) {
        String basic = Base64.getEncoder().encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + pad)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + basic);
    }

    @Override
    public void close() throws InterruptedException {
        if (proces != null && proces.isAlive()) {
            doodHard();
        }
    }
}
