package nl.indicatiewijzer.beheer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Intake keeps asking while policy staff activate and roll back: no request fails, and every answer
 * is wholly the old or wholly the new version.
 */
@QuarkusTest
class ActiveringOnderBelastingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEKST = PublicatieTest.NIEUWE_TEKST + " (onder belasting)";

    private record Antwoord(int status, String versie, boolean nieuweTekst) {
    }

    @Test
    void activerenEnTerugdraaienOnderBelastingLaatGeenVerzoekMislukkenOfMengen() throws Exception {
        String oud = PublicatieTest.actieveVersie();
        String nieuw = PublicatieTest.upload("beleid", "producten.drl.xlsx",
                Tabelbewerking.wijzig(PublicatieTest.PRODUCTEN, "Producten", "E12", TEKST)).then().statusCode(201)
                .extract().path("versie");
        AtomicBoolean door = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Antwoord> antwoorden = new ConcurrentLinkedQueue<>();
        List<Thread> klanten = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            klanten.add(start(new Thread(() -> vraag(door, antwoorden))));
        }
        try {
            Thread.sleep(1000);
            PublicatieTest.beleid("beleid2").post(PublicatieTest.activering(nieuw)).then().statusCode(200);
            Thread.sleep(1500);
        } finally {
            PublicatieTest.beleid("beleid").post(PublicatieTest.activering(oud)).then().statusCode(200);
        }
        Thread.sleep(1000);
        door.set(false);
        for (Thread t : klanten) {
            t.join();
        }
        assertTrue(antwoorden.size() > 20, "er liep belasting: " + antwoorden.size());
        for (Antwoord a : antwoorden) {
            assertEquals(200, a.status());
            assertTrue(a.versie().equals(oud) || a.versie().equals(nieuw), a.versie());
            assertEquals(a.versie().equals(nieuw), a.nieuweTekst(), "het antwoord past bij zijn versie");
        }
        assertTrue(antwoorden.stream().anyMatch(a -> a.versie().equals(nieuw)), "de nieuwe versie antwoordde");
        assertTrue(antwoorden.stream().anyMatch(a -> a.versie().equals(oud)), "de oude versie antwoordde");
    }

    private static Thread start(Thread t) {
        t.start();
        return t;
    }

    private static void vraag(AtomicBoolean door, ConcurrentLinkedQueue<Antwoord> antwoorden) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String basic = Base64.getEncoder().encodeToString("intake:intake".getBytes(StandardCharsets.UTF_8));
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/adviezen"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PublicatieTest.VERZOEK)).build();
        while (door.get()) {
            try {
                HttpResponse<String> r = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
                JsonNode advies = JSON.readTree(r.body());
                boolean nieuweTekst = false;
                for (JsonNode m : advies.path("motivering")) {
                    nieuweTekst |= m.path("tekst").asText().equals(TEKST);
                }
                antwoorden.add(new Antwoord(r.statusCode(), advies.path("regelsetVersie").asText(), nieuweTekst));
            } catch (Exception e) {
                antwoorden.add(new Antwoord(-1, e.toString(), false));
            }
        }
    }
}
