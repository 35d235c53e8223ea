package nl.indicatiewijzer.proces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.indicatiewijzer.beheer.Tabelbewerking;
import org.junit.jupiter.api.Test;

/**
 * A version activated from 1 January 2027 against the packaged service: after a restart the timeline
 * is still there, both of its versions decide their own peildatums, and a rollback from the same date
 * survives the next restart too.
 */
class TijdlijnIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEKST = "Begeleiding individueel in uren per week (tijdlijn na een herstart).";

    @Test
    void deTijdlijnOverleeftEenHerstart() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "tijdlijn");
        Path project = Path.of(".").toAbsolutePath().normalize();
        String oud;
        String nieuw;
        try (Dienstproces dienst = new Dienstproces(data, project, List.of()).start()) {
            oud = versieOp(dienst, "2027-03-01");
            JsonNode rapport = JSON.readTree(dienst.upload("/api/v1/regelsets/mlw-mer/versies", "beleid", "producten.drl.xlsx",
                    Tabelbewerking.wijzig("decision-tables/mlw-mer/producten.drl.xlsx", "Producten", "E12", TEKST)).body());
            assertTrue(rapport.path("activeerbaar").asBoolean(), rapport.toPrettyString());
            nieuw = rapport.path("versie").asText();
            var activering = dienst.post(activering(nieuw), "beleid2", "{\"ingangsdatum\": \"2027-01-01\"}");
            assertEquals(200, activering.statusCode(), activering.body());
            assertEquals(oud, versieOp(dienst, "2026-12-31"));
            assertEquals(nieuw, versieOp(dienst, "2027-01-01"));
            dienst.stop();
        }
        try (Dienstproces dienst = new Dienstproces(data, project, List.of()).start()) {
            assertEquals(oud, versieOp(dienst, "2026-12-31"), "na een herstart beslist de oude versie nog voor 2027");
            assertEquals(nieuw, versieOp(dienst, "2027-01-01"), "na een herstart beslist de nieuwe versie vanaf 2027");
            assertEquals(JSON.readTree("[{\"versie\": \"" + oud + "\"}, {\"vanaf\": \"2027-01-01\", \"versie\": \"" + nieuw + "\"}]"),
                    tijdlijn(dienst));
            assertEquals(200, dienst.post(activering(oud), "beleid", "{\"ingangsdatum\": \"2027-01-01\"}").statusCode());
            assertEquals(oud, versieOp(dienst, "2027-01-01"));
            dienst.stop();
        }
        try (Dienstproces dienst = new Dienstproces(data, project, List.of()).start()) {
            assertEquals(oud, versieOp(dienst, "2027-01-01"), "na een herstart blijft de terugdraaiing staan");
            assertEquals(JSON.readTree("[{\"versie\": \"" + oud + "\"}]"), tijdlijn(dienst));
            JsonNode integriteit = JSON.readTree(dienst.get("/api/v1/adviezen/integriteit", "auditor").body());
            assertTrue(integriteit.path("intact").asBoolean(), integriteit.toString());
            dienst.stop();
        }
    }

    private static String versieOp(Dienstproces dienst, String peildatum) throws Exception {
        var antwoord = dienst.post("/api/v1/adviezen", "intake", "{\"regeling\": \"mlw-mer\", \"peildatum\": \"" + peildatum
                + "\", \"leeftijd\": 38, \"grondslagen\": [\"PSYCHISCH\"], \"perspectief\": \"ONTWIKKELING\", \"complexiteit\": \"GEMIDDELD\", "
                + "\"hulpvragen\": [\"BEGELEIDING_INDIVIDUEEL\"], \"leefgebieden\": {\"FINANCIEN_ADMINISTRATIE\": \"MATIG\"}}");
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        return JSON.readTree(antwoord.body()).path("regelsetVersie").asText();
    }

    private static JsonNode tijdlijn(Dienstproces dienst) throws Exception {
        for (JsonNode r : JSON.readTree(dienst.get("/api/v1/regelsets", "beleid").body()).path("regelsets")) {
            if (r.path("regeling").asText().equals("mlw-mer")) {
                return r.path("tijdlijn");
            }
        }
        throw new AssertionError("geen mlw-mer in het overzicht");
    }

    private static String activering(String versie) {
        return "/api/v1/regelsets/mlw-mer/versies/" + versie + "/activering";
    }
}
