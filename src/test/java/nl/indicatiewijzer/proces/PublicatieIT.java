package nl.indicatiewijzer.proces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The whole publication cycle against the packaged service: upload, impact, activation by a
 * colleague, restart (the activated version stays), rollback, restart (the rollback stays).
 */
class PublicatieIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEKST = "Begeleiding individueel: uren direct cliëntcontact (versie van beleid).";

    @Test
    void eenGeactiveerdeVersieEnHaarTerugdraaiingOverlevenEenHerstart() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "publicatie");
        Path project = Path.of(".").toAbsolutePath().normalize();
        String oud;
        String nieuw;
        try (Dienstproces dienst = new Dienstproces(data, project, List.of()).start()) {
            oud = dienst.advies().path("regelsetVersie").asText();
            JsonNode rapport = JSON.readTree(dienst.upload("/api/v1/regelsets/mlw-mer/versies", "beleid", "producten.drl.xlsx",
                    gewijzigdeProducten()).body());
            assertTrue(rapport.path("activeerbaar").asBoolean(), rapport.toPrettyString());
            nieuw = rapport.path("versie").asText();

            JsonNode impact = JSON.readTree(dienst.post("/api/v1/impactanalyses", "beleid", "{\"regeling\": \"mlw-mer\", \"kandidaat\": \""
                    + nieuw + "\", \"van\": \"" + LocalDate.now().minusDays(1) + "\", \"tot\": \"" + LocalDate.now().plusDays(1) + "\"}").body());
            assertEquals(1, impact.path("totaal").asInt(), impact.toString());
            assertEquals(1, impact.path("gewijzigd").asInt(), impact.toString());

            assertEquals(200, dienst.post(activering(nieuw), "beleid2", "").statusCode());
            assertEquals(nieuw, dienst.advies().path("regelsetVersie").asText());
            dienst.stop();
        }
        try (Dienstproces dienst = new Dienstproces(data, project, List.of()).start()) {
            JsonNode advies = dienst.advies();
            assertEquals(nieuw, advies.path("regelsetVersie").asText(), "na een herstart blijft de geactiveerde versie actief");
            assertTrue(advies.path("motivering").toString().contains(TEKST));
            assertEquals(200, dienst.post(activering(oud), "beleid", "").statusCode());
            assertEquals(oud, dienst.advies().path("regelsetVersie").asText());
            dienst.stop();
        }
        try (Dienstproces dienst = new Dienstproces(data, project, List.of()).start()) {
            JsonNode advies = dienst.advies();
            assertEquals(oud, advies.path("regelsetVersie").asText(), "na een herstart blijft de terugdraaiing staan");
            assertTrue(!advies.path("motivering").toString().contains(TEKST));
            JsonNode integriteit = JSON.readTree(dienst.get("/api/v1/adviezen/integriteit", "auditor").body());
            assertTrue(integriteit.path("intact").asBoolean(), integriteit.toString());
            dienst.stop();
        }
    }

    private static String activering(String versie) {
        return "/api/v1/regelsets/mlw-mer/versies/" + versie + "/activering";
    }

    private static byte[] gewijzigdeProducten() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("decision-tables/mlw-mer/producten.drl.xlsx"));
                Workbook werkmap = WorkbookFactory.create(in)) {
            werkmap.getSheet("Producten").getRow(11).getCell(4).setCellValue(TEKST);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return uit.toByteArray();
        }
    }
}
