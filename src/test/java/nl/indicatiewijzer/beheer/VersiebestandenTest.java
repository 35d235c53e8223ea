package nl.indicatiewijzer.beheer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Policy staff and auditors download the files of any version exactly as they were stored: the
 * release, a candidate, a rejected upload, and an earlier version after a later one was activated.
 */
@QuarkusTest
class VersiebestandenTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void elkeVersieGeeftHaarBestandenTerugZoalsZeWerdenOpgeslagen() throws Exception {
        String release = PublicatieTest.actieveVersie();
        byte[] schijf = Files.readAllBytes(Path.of(PublicatieTest.PRODUCTEN));
        byte[] a = Tabelbewerking.wijzig(schijf, "Producten", "E12", "Begeleiding individueel, versie A om te downloaden.");
        byte[] b = Tabelbewerking.wijzig(schijf, "Producten", "E12", "Begeleiding individueel, versie B om te downloaden.");
        byte[] fout = Tabelbewerking.wijzig("decision-tables/mlw-mer/percelen.drl.xlsx", "Percelen", "C13", "vijf jaar");
        try {
            assertArrayEquals(schijf, bestand("beleid", release, "producten.drl.xlsx"), "de release is de projectbestanden");
            String versieA = upload("beleid", "producten.drl.xlsx", a, true);
            String afgekeurd = upload("beleid", "percelen.drl.xlsx", fout, false);
            assertArrayEquals(a, bestand("beleid", versieA, "producten.drl.xlsx"), "een kandidaat");
            assertArrayEquals(fout, bestand("auditor", afgekeurd, "percelen.drl.xlsx"), "een afgekeurde upload");

            PublicatieTest.beleid("beleid2").post(PublicatieTest.activering(versieA)).then().statusCode(200);
            String versieB = upload("beleid", "producten.drl.xlsx", b, true);
            PublicatieTest.beleid("beleid2").post(PublicatieTest.activering(versieB)).then().statusCode(200);
            assertArrayEquals(b, bestand("beleid", versieB, "producten.drl.xlsx"), "de actieve versie");
            assertArrayEquals(a, bestand("auditor", versieA, "producten.drl.xlsx"), "een eerder actieve versie, na een latere activering");
            assertArrayEquals(schijf, bestand("beleid", release, "producten.drl.xlsx"), "de release, na twee activeringen");

            JsonPath lijst = lijst("auditor", versieA);
            assertEquals(versieA, lijst.getString("versie"));
            Map<String, byte[]> zip = zip(PublicatieTest.beleid("beleid").get(pad(versieA) + "?formaat=zip")
                    .then().statusCode(200).contentType("application/zip")
                    .header("Content-Disposition", "attachment; filename=\"mlw-mer-" + versieA.substring(0, 12) + ".zip\"")
                    .extract().asByteArray());
            assertEquals(new TreeSet<>(lijst.getList("bestanden.pad")), zip.keySet(), "de zip bevat elk bestand van de lijst, onder zijn pad");
            assertArrayEquals(a, zip.get(PublicatieTest.PRODUCTEN));
            for (Map<String, Object> bestand : lijst.<Map<String, Object>>getList("bestanden")) {
                byte[] inhoud = zip.get((String) bestand.get("pad"));
                assertEquals(bestand.get("sha256"), Versiebestanden.sha256(inhoud), bestand.toString());
                assertEquals(bestand.get("grootte"), inhoud.length, bestand.toString());
                if (!bestand.get("pad").equals(PublicatieTest.PRODUCTEN)) {
                    assertArrayEquals(Files.readAllBytes(Path.of((String) bestand.get("pad"))), inhoud, "ongewijzigd: " + bestand.get("pad"));
                }
            }
            byte[] opAccept = PublicatieTest.beleid("beleid").accept("application/zip").get(pad(versieA))
                    .then().statusCode(200).contentType("application/zip").extract().asByteArray();
            assertArrayEquals(PublicatieTest.beleid("beleid").get(pad(versieA) + "?formaat=zip").asByteArray(), opAccept,
                    "dezelfde versie geeft dezelfde zip, met Accept of met formaat");
        } finally {
            PublicatieTest.beleid("beleid").post(PublicatieTest.activering(release)).then().statusCode(200);
        }
    }

    @Test
    void deLijstNoemtNaamPadSoortGrootteEnSha256() throws Exception {
        String release = PublicatieTest.actieveVersie();
        JsonPath lijst = lijst("beleid", release);
        assertEquals("mlw-mer", lijst.getString("regeling"));
        Map<String, Object> percelen = lijst.getMap("bestanden.find { it.naam == 'percelen.drl.xlsx' }");
        byte[] schijf = Files.readAllBytes(Path.of("decision-tables/mlw-mer/percelen.drl.xlsx"));
        assertEquals(Map.of("naam", "percelen.drl.xlsx", "pad", "decision-tables/mlw-mer/percelen.drl.xlsx", "mediatype", XLSX,
                "grootte", schijf.length, "sha256", Versiebestanden.sha256(schijf)), percelen);
        assertEquals("text/plain; charset=utf-8", lijst.getString("bestanden.find { it.naam == 'grondslag.drl' }.mediatype"));
        PublicatieTest.beleid("beleid").get(pad(release) + "/grondslag.drl").then().statusCode(200)
                .contentType("text/plain").header("Content-Disposition", "attachment; filename=\"grondslag.drl\"");
    }

    @Test
    void alleenBeleidEnAuditorDownloaden() {
        String release = PublicatieTest.actieveVersie();
        for (String pad : List.of(pad(release), pad(release) + "?formaat=zip", pad(release) + "/percelen.drl.xlsx")) {
            given().get(pad).then().statusCode(401);
            given().auth().preemptive().basic("intake", "intake").get(pad).then().statusCode(403);
            PublicatieTest.beleid("auditor").get(pad).then().statusCode(200);
        }
    }

    @Test
    void onbekendeRegelingVersieOfBestandIs404EnEenNaamWordtNooitEenPad() {
        String release = PublicatieTest.actieveVersie();
        String anderen = "/api/v1/regelsets/tsd/versies/" + release + "/bestanden";
        for (String pad : List.of("/api/v1/regelsets/onbekend/versies/" + release + "/bestanden", pad("0".repeat(64)), anderen,
                anderen + "/percelen.drl.xlsx", pad(release) + "/onbekend.drl.xlsx", pad(release) + "/PERCELEN.DRL.XLSX",
                pad(release) + "/decision-tables%2Fmlw-mer%2Fpercelen.drl.xlsx", pad(release) + "/..%2F..%2F..%2Fpom.xml",
                pad(release) + "/..%2F..%2Fpom.xml", pad(release) + "/%2e%2e", pad(release) + "/pom.xml")) {
            Response antwoord = PublicatieTest.beleid("beleid").urlEncodingEnabled(false).get(pad);
            assertEquals(404, antwoord.statusCode(), pad);
            assertEquals("application/problem+json", antwoord.contentType(), pad);
            assertFalse(antwoord.asString().contains("<project"), pad);
        }
        PublicatieTest.beleid("beleid").get(pad("abc") + "?formaat=pdf").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("versie", "formaat")));
        PublicatieTest.beleid("beleid").get(pad("abc") + "/percelen.drl.xlsx").then().statusCode(400)
                .body("invalidParams.name", equalTo(List.of("versie")));
    }

    private static String pad(String versie) {
        return "/api/v1/regelsets/mlw-mer/versies/" + versie + "/bestanden";
    }

    private static byte[] bestand(String rol, String versie, String naam) {
        return PublicatieTest.beleid(rol).get(pad(versie) + "/" + naam).then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + naam + "\"").extract().asByteArray();
    }

    private static JsonPath lijst(String rol, String versie) {
        return PublicatieTest.beleid(rol).get(pad(versie)).then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static String upload(String gebruiker, String naam, byte[] inhoud, boolean activeerbaar) {
        return PublicatieTest.beleid(gebruiker).multiPart("bestanden", naam, inhoud, "application/octet-stream")
                .multiPart("omschrijving", "Download-test").post("/api/v1/regelsets/mlw-mer/versies")
                .then().statusCode(201).body("activeerbaar", equalTo(activeerbaar)).extract().path("versie");
    }

    private static Map<String, byte[]> zip(byte[] zip) throws IOException {
        Map<String, byte[]> inhoud = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                inhoud.put(e.getName(), in.readAllBytes());
            }
        }
        return inhoud;
    }
}
