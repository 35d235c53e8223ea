package nl.indicatiewijzer.proces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * An auditor replays a decision after the decision table behind it changed and the service restarted:
 * under the archived version the answer is identical, under the active version the change shows.
 */
class HerhalingNaWijzigingIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void herhalingOnderDeGearchiveerdeVersieBlijftIdentiekNaEenTabelwijziging() throws Exception {
        Path werkmap = Files.createTempDirectory(Path.of("target"), "herhaling");
        kopieer(Path.of("rules"), werkmap.resolve("rules"));
        kopieer(Path.of("decision-tables"), werkmap.resolve("decision-tables"));
        Path data = werkmap.resolve("data");
        String id;
        String oudeVersie;
        try (Dienstproces dienst = new Dienstproces(data, werkmap, List.of()).start()) {
            JsonNode advies = JSON.readTree(dienst.post("/api/v1/adviezen", "intake", "{\"regeling\": \"mlw-mer\", "
                    + "\"peildatum\": \"2027-03-01\", \"leeftijd\": 50, \"grondslagen\": [\"VERSTANDELIJK\"], "
                    + "\"perspectief\": \"BEHOUD\", \"hulpvragen\": [\"BEGELEIDING_INDIVIDUEEL\"]}").body());
            assertEquals(60, advies.path("producten").get(0).path("maxDuurMaanden").asInt());
            id = advies.path("adviesId").asText();
            oudeVersie = advies.path("regelsetVersie").asText();
            dienst.stop();
        }

        // policy staff shorten perceel 3 to four years: row 14, column C of the Percelen sheet
        Path tabel = werkmap.resolve("decision-tables/mlw-mer/percelen.drl.xlsx");
        Workbook werkboek;
        try (InputStream in = Files.newInputStream(tabel)) {
            werkboek = WorkbookFactory.create(in);
        }
        werkboek.getSheet("Percelen").getRow(13).getCell(2).setCellValue(48);
        try (OutputStream uit = Files.newOutputStream(tabel)) {
            werkboek.write(uit);
        }

        try (Dienstproces dienst = new Dienstproces(data, werkmap, List.of()).start()) {
            JsonNode gearchiveerd = JSON.readTree(dienst.post("/api/v1/adviezen/" + id + "/herhaling", "auditor", "").body());
            assertTrue(gearchiveerd.path("identiek").asBoolean(), gearchiveerd.toString());
            assertEquals(oudeVersie, gearchiveerd.path("regelsetVersie").asText());

            JsonNode actief = JSON.readTree(dienst.post("/api/v1/adviezen/" + id + "/herhaling?regelset=actief", "auditor", "").body());
            assertFalse(actief.path("identiek").asBoolean(), actief.toString());
            assertNotEquals(oudeVersie, actief.path("regelsetVersie").asText());
            JsonNode duur = null;
            for (JsonNode v : actief.path("verschillen")) {
                if (v.path("pad").asText().equals("producten[0].maxDuurMaanden")) {
                    duur = v;
                }
            }
            assertTrue(duur != null, actief.toString());
            assertEquals(60, duur.path("oud").asInt());
            assertEquals(48, duur.path("nieuw").asInt());

            JsonNode opVersie = JSON.readTree(dienst.post("/api/v1/adviezen/" + id + "/herhaling?regelset=" + oudeVersie, "auditor", "").body());
            assertTrue(opVersie.path("identiek").asBoolean(), opVersie.toString());
            dienst.stop();
        }
    }

    private static void kopieer(Path van, Path naar) throws Exception {
        try (Stream<Path> paden = Files.walk(van)) {
            for (Path p : paden.toList()) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(p, doel);
                }
            }
        }
    }
}
