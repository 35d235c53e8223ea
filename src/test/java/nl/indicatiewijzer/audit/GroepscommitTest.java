package nl.indicatiewijzer.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Advices that arrive within the verzameltijd of the first share one durable commit, and each is still
 * stored, chained and answered. Three advices 100 ms apart would each have a commit of their own without it;
 * the window is widened to a second here so that a slow test machine still lands them in it.
 */
@QuarkusTest
@TestProfile(GroepscommitTest.RuimeVerzameltijd.class)
class GroepscommitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int AANTAL = 3;

    public static class RuimeVerzameltijd implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("indicatiewijzer.audit.verzameltijd", "1s");
        }
    }

    @TestHTTPResource(value = "/", management = true)
    URL beheer;

    @Test
    void adviezenBinnenDeVerzameltijdDelenEenCommitEnWordenElkOpgeslagen() throws Exception {
        double commitsVoor = commits();
        ExecutorService clients = Executors.newFixedThreadPool(AANTAL);
        List<Future<String>> antwoorden = new ArrayList<>();
        for (int i = 0; i < AANTAL; i++) {
            String body = "{" + AuditTest.BASIS + ", \"leeftijd\": " + (30 + i) + "}";
            antwoorden.add(clients.submit(() -> AuditTest.adviseer(body)));
            Thread.sleep(100);
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> antwoord : antwoorden) {
            ids.add(JSON.readTree(antwoord.get()).path("adviesId").asText());
        }
        clients.shutdown();

        double nieuweCommits = commits() - commitsVoor;
        assertEquals(1, nieuweCommits, AANTAL + " adviezen binnen de verzameltijd gaven " + nieuweCommits + " commits");
        for (String id : ids) {
            AuditTest.auditor().get("/api/v1/adviezen/" + id).then().statusCode(200);
        }
        String integriteit = AuditTest.auditor().get("/api/v1/adviezen/integriteit").then().statusCode(200).extract().asString();
        assertEquals(true, JSON.readTree(integriteit).path("intact").asBoolean(), integriteit);
    }

    private double commits() throws MalformedURLException {
        String tekst = given().get(new URL(beheer, "/q/metrics")).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^indicatiewijzer_audit_partij_adviezen_count (\\S+)").matcher(tekst);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
