package nl.indicatiewijzer.proces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.indicatiewijzer.audit.PostgresProfiel;
import nl.indicatiewijzer.beheer.Tabelbewerking;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Three packaged instances on one PostgreSQL behind no load balancer but a client that spreads its
 * burst over them: a candidate is uploaded on one, activated by a colleague on another, and the third
 * is killed with -9 mid-burst. Afterwards every acknowledged advice is stored exactly once in one
 * intact chain, every instance answers with the new version, replay and impact agree everywhere,
 * and the killed instance comes back on the activated version. An activation with an ingangsdatum
 * reaches the other instances as a timeline: each answers by the peildatum.
 */
class MeerdereInstantiesIT {
    /** Every instance on one store keys the chain and signs checkpoints with the same keys (README, "Meerdere instanties"). */
    private static final String KETENSLEUTEL = "-Dindicatiewijzer.sleutel.keten=" + Base64.getEncoder().encodeToString(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
    private static final String CONTROLEPUNTSLEUTEL = "-Dindicatiewijzer.sleutel.controlepunt=" + Base64.getEncoder().encodeToString(new byte[32]);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEKST = "Begeleiding individueel: uren direct cliëntcontact (versie van meerdere instanties).";
    private static final int CLIENTS = 4;
    private static final long VENSTER_MS = 2_000;

    private record Antwoord(int instantie, int status, String adviesId, String versie, long verzonden) {
    }

    @Test
    void drieInstantiesHoudenEenKetenEnVolgenEenActiveringBinnenTweeSeconden() throws Exception {
        String basisUrl = System.getenv(PostgresProfiel.URL);
        Assumptions.assumeTrue(basisUrl != null && !basisUrl.isBlank(), "geen PostgreSQL (INDICATIEWIJZER_TEST_PG_URL); .ci/run start er een");
        String db = "meer_" + System.currentTimeMillis();
        String gebruiker = System.getenv().getOrDefault("INDICATIEWIJZER_TEST_PG_GEBRUIKER", "postgres");
        String wachtwoord = System.getenv().getOrDefault("INDICATIEWIJZER_TEST_PG_WACHTWOORD", "");
        try (Connection c = DriverManager.getConnection(basisUrl, gebruiker, wachtwoord); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        String url = basisUrl.substring(0, basisUrl.lastIndexOf('/') + 1) + db;
        Path project = Path.of(".").toAbsolutePath().normalize();
        List<Dienstproces> diensten = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            diensten.add(new Dienstproces(Files.createTempDirectory(Path.of("target"), "instantie" + i), project,
                    List.of("-Dquarkus.datasource.postgresql.jdbc.url=" + url, "-Dquarkus.datasource.postgresql.username=" + gebruiker,
                            "-Dquarkus.datasource.postgresql.password=" + wachtwoord, KETENSLEUTEL, CONTROLEPUNTSLEUTEL, "-Xmx512m")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 3);
        try {
            // three first starts share the two cores: each builds all five rule bases at once (about 30 s here, alone 17 s)
            Duration samen = Dienstproces.STARTTIJD.multipliedBy(3);
            for (Future<Dienstproces> f : pool.invokeAll(diensten.stream().map(d -> (java.util.concurrent.Callable<Dienstproces>) () -> d.start(samen)).toList())) {
                f.get();
            }
            Dienstproces a = diensten.get(0), b = diensten.get(1), c = diensten.get(2);
            String oud = advies(a, 40).path("regelsetVersie").asText();
            assertEquals(oud, advies(c, 40).path("regelsetVersie").asText(), "gelijktijdig gestart: één uitrol, één versie");

            ConcurrentLinkedQueue<Antwoord> antwoorden = new ConcurrentLinkedQueue<>();
            java.util.concurrent.atomic.AtomicBoolean klaar = new java.util.concurrent.atomic.AtomicBoolean();
            List<Future<?>> clients = new ArrayList<>();
            for (int k = 0; k < CLIENTS; k++) {
                int client = k;
                clients.add(pool.submit(() -> {
                    for (int n = 0; !klaar.get(); n++) {
                        int i = (client + n) % 3;
                        long verzonden = System.currentTimeMillis();
                        try {
                            var r = diensten.get(i).post("/api/v1/adviezen", "intake", verzoek(30 + n % 40));
                            JsonNode j = r.statusCode() == 200 ? JSON.readTree(r.body()) : JSON.createObjectNode();
                            antwoorden.add(new Antwoord(i, r.statusCode(), j.path("adviesId").asText(null), j.path("regelsetVersie").asText(null), verzonden));
                        } catch (java.io.IOException weg) {
                            antwoorden.add(new Antwoord(i, -1, null, null, verzonden));
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(2_000);
            JsonNode rapport = JSON.readTree(a.upload("/api/v1/regelsets/mlw-mer/versies", "beleid", "producten.drl.xlsx",
                    Tabelbewerking.wijzig("decision-tables/mlw-mer/producten.drl.xlsx", "Producten", "E12", TEKST)).body());
            assertTrue(rapport.path("activeerbaar").asBoolean(), rapport.toString());
            String nieuw = rapport.path("versie").asText();
            assertEquals(403, b.post(activering(nieuw), "beleid", "").statusCode(), "vier ogen gelden op elke instantie");
            var activering = b.post(activering(nieuw), "beleid2", "");
            long geactiveerd = System.currentTimeMillis();
            assertEquals(200, activering.statusCode(), activering.body());
            Thread.sleep(1_500);
            c.doodHard();
            long gedood = System.currentTimeMillis();
            Thread.sleep(VENSTER_MS + 3_000);
            klaar.set(true);
            for (Future<?> f : clients) {
                f.get();
            }

            List<Antwoord> alle = new ArrayList<>(antwoorden);
            List<Antwoord> bevestigd = alle.stream().filter(r -> r.status() == 200).toList();
            assertTrue(bevestigd.size() > 100, "de burst gaf " + bevestigd.size() + " adviezen");
            for (Antwoord r : alle) {
                boolean naDood = r.instantie() == 2 && r.verzonden() >= gedood - 1_000;
                assertTrue(r.status() == 200 || naDood, "alleen de gedode instantie mag niet antwoorden: " + r);
                if (r.status() == 200 && r.verzonden() > geactiveerd + VENSTER_MS) {
                    assertEquals(nieuw, r.versie(), "binnen " + VENSTER_MS + " ms na de activering antwoordt elke instantie met de nieuwe versie: " + r);
                }
            }
            long laatsteOude = bevestigd.stream().filter(r -> r.instantie() == 0 && oud.equals(r.versie()))
                    .mapToLong(r -> r.verzonden() - geactiveerd).max().orElse(0);
            System.out.printf("Meerdere instanties: %d adviezen bevestigd; instantie 0 antwoordde voor het laatst met de oude versie "
                    + "op een verzoek verzonden %d ms na de activering op instantie 1%n", bevestigd.size(), laatsteOude);
            for (int i = 0; i < 2; i++) {
                int instantie = i;
                assertTrue(bevestigd.stream().anyMatch(r -> r.instantie() == instantie && r.verzonden() > geactiveerd + VENSTER_MS),
                        "instantie " + i + " antwoordde ook na het venster");
                assertTrue(bevestigd.stream().anyMatch(r -> r.instantie() == instantie && oud.equals(r.versie())));
            }

            Set<String> opgeslagen = new HashSet<>();
            long volgnummers;
            long hoogste;
            try (Connection db2 = DriverManager.getConnection(url, gebruiker, wachtwoord); Statement s = db2.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT advies_id FROM advies")) {
                    while (rs.next()) {
                        assertTrue(opgeslagen.add(rs.getString(1)), "één keer opgeslagen: " + rs.getString(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(volgnummer), MAX(volgnummer) FROM advies")) {
                    rs.next();
                    volgnummers = rs.getLong(1);
                    assertEquals(1, rs.getLong(2));
                    hoogste = rs.getLong(3);
                }
            }
            assertEquals(volgnummers, hoogste, "de keten heeft geen gaten");
            for (Antwoord r : bevestigd) {
                assertTrue(opgeslagen.contains(r.adviesId()), "elk bevestigd advies is opgeslagen: " + r);
            }
            for (Dienstproces d : List.of(a, b)) {
                JsonNode integriteit = JSON.readTree(d.get("/api/v1/adviezen/integriteit", "auditor").body());
                assertTrue(integriteit.path("intact").asBoolean(), integriteit.toString());
                assertEquals(volgnummers, integriteit.path("aantal").asLong());
            }
            for (Dienstproces d : List.of(a, b)) {
                assertEquals(nieuw, advies(d, 41).path("regelsetVersie").asText());
            }

            Antwoord vanOud = bevestigd.stream().filter(r -> oud.equals(r.versie())).findFirst().orElseThrow();
            Antwoord vanNieuw = bevestigd.stream().filter(r -> nieuw.equals(r.versie())).findFirst().orElseThrow();
            for (Dienstproces d : List.of(a, b)) {
                for (Antwoord r : List.of(vanOud, vanNieuw)) {
                    JsonNode h = JSON.readTree(d.post("/api/v1/adviezen/" + r.adviesId() + "/herhaling", "auditor", "").body());
                    assertTrue(h.path("identiek").asBoolean(), h.toString());
                }
            }
            String impactverzoek = "{\"regeling\": \"mlw-mer\", \"kandidaat\": \"" + nieuw + "\", \"van\": \"" + LocalDate.now().minusDays(1)
                    + "\", \"tot\": \"" + LocalDate.now().plusDays(1) + "\"}";
            assertEquals(impact(a, impactverzoek), impact(b, impactverzoek), "de impactanalyse is op elke instantie gelijk");

            JsonNode zaakA = opgeslagenVerzoek(a, advies(a, "ZAAK-MEER-1").path("adviesId").asText());
            JsonNode zaakB = opgeslagenVerzoek(b, advies(b, "ZAAK-MEER-1").path("adviesId").asText());
            assertEquals(zaakA.path("clientReferentie"), zaakB.path("clientReferentie"), "elke instantie hasht met dezelfde sleutel");
            assertFalse(zaakA.path("clientReferentie").asText().contains("ZAAK"));

            try (Dienstproces later = new Dienstproces(Files.createTempDirectory(Path.of("target"), "instantie-later"), project,
                    List.of("-Dquarkus.datasource.postgresql.jdbc.url=" + url, "-Dquarkus.datasource.postgresql.username=" + gebruiker,
                            "-Dquarkus.datasource.postgresql.password=" + wachtwoord, KETENSLEUTEL, CONTROLEPUNTSLEUTEL)).start()) {
                assertEquals(nieuw, advies(later, 42).path("regelsetVersie").asText(),
                        "een instantie die later start bouwt de actieve versie, niet de bestanden op haar schijf");

                // the release again, but only from 1 January 2027: every instance follows the timeline; instance a
                // built the release before (its build cache has it) and swaps within the window, the later one never
                // built it and answers by the old timeline until it has
                var gepland = b.post(activering(oud), "beleid", "{\"ingangsdatum\": \"2027-01-01\"}");
                assertEquals(200, gepland.statusCode(), gepland.body());
                Thread.sleep(VENSTER_MS);
                assertEquals(oud, advies(a, 43).path("regelsetVersie").asText(), "peildatum 2027-03-01: de versie vanaf 2027");
                long tot = System.currentTimeMillis() + 180_000;
                while (!oud.equals(advies(later, 43).path("regelsetVersie").asText()) && System.currentTimeMillis() < tot) {
                    Thread.sleep(500);
                }
                for (Dienstproces d : List.of(a, later)) {
                    assertEquals(oud, advies(d, 43).path("regelsetVersie").asText(), "peildatum 2027-03-01: de versie vanaf 2027");
                    ObjectNode ervoor = (ObjectNode) JSON.readTree(verzoek(43));
                    ervoor.put("peildatum", "2026-12-31");
                    var r = d.post("/api/v1/adviezen", "intake", ervoor.toString());
                    assertEquals(nieuw, JSON.readTree(r.body()).path("regelsetVersie").asText(), "peildatum 2026-12-31: de versie van daarvoor");
                }
            }
        } finally {
            pool.shutdownNow();
            for (Dienstproces d : diensten) {
                d.close();
            }
        }
    }

    private static String verzoek(int leeftijd) {
        return "{\"regeling\": \"mlw-mer\", \"peildatum\": \"2027-03-01\", \"leeftijd\": " + leeftijd + ", "
                + "\"grondslagen\": [\"PSYCHISCH\"], \"perspectief\": \"ONTWIKKELING\", \"complexiteit\": \"GEMIDDELD\", "
                + "\"hulpvragen\": [\"BEGELEIDING_INDIVIDUEEL\"], \"leefgebieden\": {\"FINANCIEN_ADMINISTRATIE\": \"MATIG\"}}";
    }

    private static JsonNode advies(Dienstproces d, int leeftijd) throws Exception {
        var r = d.post("/api/v1/adviezen", "intake", verzoek(leeftijd));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode advies(Dienstproces d, String zaak) throws Exception {
        ObjectNode v = (ObjectNode) JSON.readTree(verzoek(50));
        v.put("clientReferentie", zaak);
        var r = d.post("/api/v1/adviezen", "intake", v.toString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode opgeslagenVerzoek(Dienstproces lezer, String adviesId) throws Exception {
        return JSON.readTree(lezer.get("/api/v1/adviezen/" + adviesId, "auditor").body()).path("verzoek");
    }

    private static Map<String, Object> impact(Dienstproces d, String verzoek) throws Exception {
        var r = d.post("/api/v1/impactanalyses", "beleid", verzoek);
        assertEquals(200, r.statusCode(), r.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> impact = JSON.readValue(r.body(), Map.class);
        impact.remove("duurMs");
        impact.remove("herhalingenPerSeconde");
        return impact;
    }

    private static String activering(String versie) {
        return "/api/v1/regelsets/mlw-mer/versies/" + versie + "/activering";
    }
}
