package nl.indicatiewijzer.audit;

import static nl.indicatiewijzer.audit.AuditTest.BASIS;
import static nl.indicatiewijzer.audit.AuditTest.adviseer;
import static nl.indicatiewijzer.audit.AuditTest.auditor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.indicatiewijzer.systeem.Database;
import org.junit.jupiter.api.Test;

/** An auditor saves the integrity answer, checks it later, and asks for the proof of one decision. */
@QuarkusTest
class ControlepuntenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Database database;

    @Test
    void eenBewaardAntwoordWordtLaterVerlengdEnDatIsNaTeRekenen() throws Exception {
        JsonNode bewaard = integriteit();
        assertTrue(bewaard.path("intact").asBoolean());
        assertTrue(echt(bewaard.path("controlepunt")), "de handtekening klopt met de gepubliceerde sleutel");
        adviseer("{" + BASIS + ", \"leeftijd\": 50}");
        adviseer("{" + BASIS + ", \"leeftijd\": 51}");
        JsonNode controle = controle(bewaard.toString(), 200);
        assertTrue(controle.path("verlengt").asBoolean(), controle.toString());
        JsonNode oud = bewaard.path("controlepunt");
        JsonNode nu = controle.path("huidig");
        assertEquals(oud.path("volgnummer").asLong() + 2, nu.path("volgnummer").asLong());
        assertTrue(echt(nu));
        assertTrue(Bewijscontroleur.consistent(oud.path("volgnummer").asLong(), nu.path("volgnummer").asLong(), hex(oud, "boomwortel"),
                hex(nu, "boomwortel"), hexen(controle.path("consistentiebewijs"))), "het consistentiebewijs klopt");
    }

    @Test
    void eenBesluitIsAanTeTonenInDeLogZonderDeLogTeGeven() throws Exception {
        String id = JSON.readTree(adviseer("{" + BASIS + ", \"leeftijd\": 52}")).path("adviesId").asText();
        JsonNode bewaard = integriteit();
        adviseer("{" + BASIS + ", \"leeftijd\": 53}");
        for (String vraag : List.of("", "?tot=" + bewaard.path("controlepunt").path("volgnummer").asLong())) {
            JsonNode bewijs = JSON.readTree(auditor().get("/api/v1/adviezen/" + id + "/bewijs" + vraag).then().statusCode(200).extract().asString());
            JsonNode punt = bewijs.path("controlepunt");
            assertTrue(echt(punt));
            byte[] blad = Bewijscontroleur.blad(hex(bewijs, "ketenhash"));
            assertTrue(Bewijscontroleur.inclusie(bewijs.path("bladindex").asLong(), punt.path("volgnummer").asLong(), blad,
                    hexen(bewijs.path("auditpad")), hex(punt, "boomwortel")), bewijs.toString());
            assertEquals(opgeslagenHash(id), bewijs.path("ketenhash").asText(), "het blad is de hash van het opgeslagen advies");
            if (!vraag.isEmpty()) {
                assertEquals(bewaard.path("controlepunt").path("boomwortel"), punt.path("boomwortel"), "dezelfde wortel als het bewaarde");
            }
        }
        auditor().get("/api/v1/adviezen/" + id + "/bewijs?tot=1").then().statusCode(400).body("invalidParams.name", hasItems("tot"));
    }

    @Test
    void eenGewijzigdOfOnleesbaarControlepuntWordtVeldVoorVeldGeweigerd() throws Exception {
        ObjectNode bewaard = (ObjectNode) integriteit();
        ((ObjectNode) bewaard.path("controlepunt")).put("volgnummer", bewaard.path("controlepunt").path("volgnummer").asLong() - 1);
        JsonNode fout = controle(bewaard.toString(), 400);
        assertEquals("controlepunt.handtekening", fout.path("invalidParams").get(0).path("name").asText());
        JsonNode onleesbaar = controle("{\"volgnummer\": -1, \"hash\": \"x\", \"boomwortel\": 3, \"tijdstip\": \"gisteren\"}", 400);
        assertEquals(List.of("volgnummer", "hash", "boomwortel", "tijdstip", "handtekening"),
                StreamSupport.stream(onleesbaar.path("invalidParams").spliterator(), false).map(p -> p.path("name").asText()).toList());
    }

    @Test
    void deNieuwsteRecordsWeghalenMetOfZonderDeKopWordtGevonden() throws Exception {
        adviseer("{" + BASIS + ", \"leeftijd\": 54}");
        JsonNode bewaard = integriteit();
        long n = bewaard.path("aantal").asLong();
        for (boolean kopTerug : new boolean[] {false, true}) {
            try (Insider insider = new Insider(database, n)) {
                insider.verwijderVanaf(n);
                if (kopTerug) {
                    insider.kopTerugNaar(n - 1, opgeslagenHashVan(n - 1));
                }
                JsonNode nu = integriteit();
                assertFalse(nu.path("intact").asBoolean(), "kop terug: " + kopTerug);
                assertEquals(n, nu.path("eersteBreuk").path("volgnummer").asLong());
                JsonNode controle = controle(bewaard.toString(), 200);
                assertFalse(controle.path("verlengt").asBoolean());
                assertEquals(n, controle.path("eersteVerschil").asLong(), controle.toString());
            }
        }
        assertTrue(integriteit().path("intact").asBoolean(), "teruggezet");
    }

    @Test
    void eenVorkNaHetTerugzettenVanDeKopWordtOpHetEersteAndereVolgnummerGevonden() throws Exception {
        adviseer("{" + BASIS + ", \"leeftijd\": 55}");
        adviseer("{" + BASIS + ", \"leeftijd\": 56}");
        JsonNode bewaard = integriteit();
        long n = bewaard.path("aantal").asLong();
        try (Insider insider = new Insider(database, n - 1)) {
            insider.verwijderVanaf(n - 1);
            insider.kopTerugNaar(n - 2, opgeslagenHashVan(n - 2));
            adviseer("{" + BASIS + ", \"leeftijd\": 57}");
            adviseer("{" + BASIS + ", \"leeftijd\": 58}");
            JsonNode nu = integriteit();
            assertFalse(nu.path("intact").asBoolean());
            assertEquals(n - 1, nu.path("eersteBreuk").path("volgnummer").asLong(), nu.toString());
            JsonNode controle = controle(bewaard.toString(), 200);
            assertFalse(controle.path("verlengt").asBoolean());
            assertEquals(n - 1, controle.path("eersteVerschil").asLong(), controle.toString());
        }
        assertTrue(integriteit().path("intact").asBoolean(), "teruggezet");
    }

    @Test
    void eenUitkomstVervalsenEnDeKetenHerrekenenWordtGevonden() throws Exception {
        String id = JSON.readTree(adviseer("{" + BASIS + ", \"leeftijd\": 16}")).path("adviesId").asText();
        adviseer("{" + BASIS + ", \"leeftijd\": 60}");
        JsonNode bewaard = integriteit();
        long v = bewaard.path("aantal").asLong() - 1;
        try (Insider insider = new Insider(database, v)) {
            insider.zet(v, "uitkomst", "GEEN_MAATWERK");
            String vorige = opgeslagenHashVan(v - 1);
            for (long i = v; i <= bewaard.path("aantal").asLong(); i++) {
                AuditRecord r = new AuditRepository(database).vind(i == v ? id : adviesIdVan(i)).orElseThrow();
                String hash = Ketenhash.van(new AuditRecord(r.volgnummer(), r.adviesId(), r.tijdstip(), r.regeling(), r.regelsetVersie(),
                        r.uitkomst(), r.gebruiker(), r.rol(), r.clientHash(), r.verzoek(), r.antwoord(), vorige, null, r.verwerking(), null));
                insider.voerUit("UPDATE advies SET vorige_hash = ?, hash = ? WHERE volgnummer = ?", vorige, hash, i);
                vorige = hash;
            }
            insider.kopTerugNaar(bewaard.path("aantal").asLong(), vorige);
            JsonNode nu = integriteit();
            assertFalse(nu.path("intact").asBoolean(), "de herrekende keten klopt op zich, maar niet met het bladenboek");
            assertEquals(v, nu.path("eersteBreuk").path("volgnummer").asLong());
            assertTrue(nu.path("eersteBreuk").path("reden").asText().contains("sleutelhash"), "zonder de sleutel herrekend: " + nu);
            auditor().get("/api/v1/adviezen/" + id + "/bewijs").then().statusCode(409).body("title", containsString("wijkt af"));
            assertFalse(controle(bewaard.toString(), 200).path("verlengt").asBoolean());
        }
        assertTrue(integriteit().path("intact").asBoolean(), "teruggezet");
    }

    @Test
    void eenVerwisseldBestandInHetArchiefWordtBijDeVersieGenoemd() throws Exception {
        String versie = JSON.readTree(adviseer("{" + BASIS + ", \"leeftijd\": 61}")).path("regelsetVersie").asText();
        String pad;
        byte[] inhoud;
        try (var c = database.verbinding(); var s = c.prepareStatement("SELECT pad, inhoud FROM regelset_bestand WHERE regelset_versie = ? ORDER BY pad")) {
            s.setString(1, versie);
            try (var rs = s.executeQuery()) {
                rs.next();
                pad = rs.getString(1);
                inhoud = rs.getBytes(2);
            }
        }
        try (Insider insider = new Insider(database, Long.MAX_VALUE)) {
            byte[] anders = inhoud.clone();
            anders[anders.length / 2] ^= 1;
            insider.voerUit("UPDATE regelset_bestand SET inhoud = ? WHERE regelset_versie = ? AND pad = ?", anders, versie, pad);
            JsonNode nu = integriteit();
            assertFalse(nu.path("intact").asBoolean());
            assertEquals(List.of(versie), StreamSupport.stream(nu.path("afwijkendeVersies").spliterator(), false).map(JsonNode::asText).toList());
            insider.voerUit("UPDATE regelset_bestand SET inhoud = ? WHERE regelset_versie = ? AND pad = ?", inhoud, versie, pad);
        }
        assertTrue(integriteit().path("intact").asBoolean(), "teruggezet");
    }

    private static JsonNode integriteit() throws Exception {
        return JSON.readTree(auditor().get("/api/v1/adviezen/integriteit").then().statusCode(200).extract().asString());
    }

    private static JsonNode controle(String lichaam, int status) throws Exception {
        return JSON.readTree(auditor().contentType("application/json").body(lichaam).post("/api/v1/adviezen/integriteit/controle")
                .then().statusCode(status).extract().asString());
    }

    /** Checked as an auditor would: the published key and the five lines of the signed text. */
    private static boolean echt(JsonNode punt) throws Exception {
        String sleutel = auditor().get("/api/v1/adviezen/integriteit/sleutel").then().statusCode(200).extract().path("publiekeSleutel");
        PublicKey publiek = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(sleutel)));
        Signature ed = Signature.getInstance("Ed25519");
        ed.initVerify(publiek);
        ed.update(("indicatiewijzer-controlepunt-v1\n" + punt.path("volgnummer").asLong() + "\n" + punt.path("hash").asText() + "\n"
                + punt.path("boomwortel").asText() + "\n" + punt.path("tijdstip").asText() + "\n").getBytes());
        return ed.verify(Base64.getDecoder().decode(punt.path("handtekening").asText()));
    }

    private String opgeslagenHash(String id) {
        return new AuditRepository(database).vind(id).orElseThrow().hash();
    }

    private String opgeslagenHashVan(long volgnummer) throws Exception {
        return opgeslagenHash(adviesIdVan(volgnummer));
    }

    private String adviesIdVan(long volgnummer) throws Exception {
        try (var c = database.verbinding(); var s = c.prepareStatement("SELECT advies_id FROM advies WHERE volgnummer = ?")) {
            s.setLong(1, volgnummer);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static byte[] hex(JsonNode knoop, String veld) {
        return HexFormat.of().parseHex(knoop.path(veld).asText());
    }

    private static List<byte[]> hexen(JsonNode lijst) {
        return StreamSupport.stream(lijst.spliterator(), false).map(k -> HexFormat.of().parseHex(k.asText())).toList();
    }
}
