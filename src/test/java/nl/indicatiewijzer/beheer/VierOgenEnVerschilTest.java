package nl.indicatiewijzer.beheer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The colleague who activates sees every changed cell, and nobody activates a version he uploaded
 * himself, also not when he puts it back later.
 */
@QuarkusTest
class VierOgenEnVerschilTest {
    @TestHTTPResource("/")
    URL dienst;

    @Test
    void wieEenVersieUploadtZetHaarOokLaterNietZelfTerug() throws Exception {
        String release = PublicatieTest.actieveVersie();
        String versie = PublicatieTest.upload("beleid", "producten.drl.xlsx", Tabelbewerking.wijzig(PublicatieTest.PRODUCTEN,
                "Producten", "E13", "Begeleiding individueel complex, in uren (vier ogen)."))
                .then().statusCode(201).body("activeerbaar", equalTo(true)).extract().path("versie");
        try {
            PublicatieTest.beleid("beleid2").post(PublicatieTest.activering(versie)).then().statusCode(200);
            PublicatieTest.beleid("beleid").post(PublicatieTest.activering(release)).then().statusCode(200)
                    .body("terugdraaiing", equalTo(true));
            PublicatieTest.beleid("beleid").post(PublicatieTest.activering(versie)).then().statusCode(403)
                    .contentType("application/problem+json").body("title", equalTo("Vier ogen"));
            assertEquals(release, PublicatieTest.actieveVersie());
            PublicatieTest.beleid("beleid2").post(PublicatieTest.activering(versie)).then().statusCode(200)
                    .body("terugdraaiing", equalTo(true));
        } finally {
            PublicatieTest.beleid("beleid").post(PublicatieTest.activering(release)).then().statusCode(200);
        }
    }

    @Test
    void hetVerschilToontElkeGewijzigdeCelOokBuitenDeTabellenEnElkBlad() throws Exception {
        byte[] werkmap = GeenCodeUitTabellenTest.Markering.aanvallen(java.nio.file.Path.of("target/niet-gebruikt"))
                .get("extra blad met RuleSet en Functions");
        byte[] metCel = Tabelbewerking.wijzig(werkmap, "Percelen", "A19", "Functions");
        JsonPath rapport = PublicatieTest.upload("beleid", "percelen.drl.xlsx", metCel).then().statusCode(201)
                .body("activeerbaar", equalTo(false)).extract().jsonPath();
        JsonPath verschil = PublicatieTest.beleid("beleid").get("/api/v1/regelsets/mlw-mer/versies/" + rapport.getString("versie")
                + "/verschil").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Map.of("bestand", GeenCodeUitTabellenTest.PERCELEN, "blad", "Lek", "wijziging", "toegevoegd")),
                verschil.getList("bladen"));
        List<Map<String, Object>> cellen = verschil.getList("cellen");
        assertTrue(cellen.stream().anyMatch(c -> "Percelen".equals(c.get("blad")) && Integer.valueOf(19).equals(c.get("rijNieuw"))
                && "A".equals(c.get("kolom")) && "Functions".equals(c.get("nieuw"))), cellen.toString());
        assertTrue(cellen.stream().anyMatch(c -> "Lek".equals(c.get("blad")) && "RuleSet".equals(c.get("nieuw"))), cellen.toString());
    }

    @Test
    void hetVerschilToontElkMeegestuurdVoorbeeldgeval() {
        String scenario = """
                - naam: Een verzoek zonder leefgebieden is volgens dit bestand geen maatwerk
                  verzoek: {regeling: mlw-mer, peildatum: '2027-03-01', leeftijd: 40, grondslagen: [PSYCHISCH]}
                  verwacht: {uitkomst: GEEN_MAATWERK}
                """;
        String versie = PublicatieTest.beleid("beleid")
                .multiPart("omschrijving", "Met nieuw voorbeeldgeval")
                .multiPart("bestanden", "producten.drl.xlsx", tabel(), "application/octet-stream")
                .multiPart("bestanden", "nieuw-geval.yaml", scenario.getBytes(StandardCharsets.UTF_8), "application/yaml")
                .post("/api/v1/regelsets/mlw-mer/versies").then().statusCode(201).extract().path("versie");
        JsonPath verschil = PublicatieTest.beleid("beleid").get("/api/v1/regelsets/mlw-mer/versies/" + versie + "/verschil")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("rules/mlw-mer/scenarios/nieuw-geval.yaml", verschil.getString("scenarios[0].bestand"));
        assertEquals("toegevoegd", verschil.getString("scenarios[0].wijziging"));
        assertEquals("Een verzoek zonder leefgebieden is volgens dit bestand geen maatwerk", verschil.getString("scenarios[0].naam"));
        assertEquals("GEEN_MAATWERK", verschil.getString("scenarios[0].nieuw.verwacht.uitkomst"));
    }

    private static byte[] tabel() {
        try {
            return Tabelbewerking.wijzig(PublicatieTest.PRODUCTEN, "Producten", "E14", "Begeleiding groep in dagdelen (met nieuw geval).");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eenAfgebrokenMultipartLichaamIsEen400() throws Exception {
        String grens = "grens" + System.nanoTime();
        String lichaam = "--" + grens + "\r\nContent-Disposition: form-data; name=\"omschrijving\"\r\n\r\nAfgebroken\r\n"
                + "--" + grens + "\r\nContent-Disposition: form-data; name=\"bestanden\"; filename=\"percelen.drl.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004 afgebroken";
        String verzoek = "POST /api/v1/regelsets/mlw-mer/versies HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Basic " + Base64.getEncoder().encodeToString("beleid:beleid".getBytes(StandardCharsets.UTF_8)) + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + grens + "\r\nContent-Length: " + lichaam.length() + "\r\n\r\n" + lichaam;
        try (Socket s = new Socket(dienst.getHost(), dienst.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream uit = s.getOutputStream();
            uit.write(verzoek.getBytes(StandardCharsets.ISO_8859_1));
            uit.flush();
            InputStream in = s.getInputStream();
            String antwoord = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(antwoord.startsWith("HTTP/1.1 400"), antwoord);
            assertTrue(antwoord.contains("application/problem+json"), antwoord);
        }
    }
}
