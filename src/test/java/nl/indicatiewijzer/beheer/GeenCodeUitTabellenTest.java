package nl.indicatiewijzer.beheer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The marker test: uploads whose code would create a file, by every route that once worked and in
 * every kind of cell. The file is never created: not at upload (the scenario run), not on activation,
 * not on an advice, not on a replay, not in an impact analysis. A refused candidate cannot be
 * activated (409) or analysed (409). {@link MarkeringControleTest} shows that Drools' own spreadsheet
 * compiler would have run the same payloads.
 */
@QuarkusTest
class GeenCodeUitTabellenTest {
    static final String PERCELEN = "decision-tables/mlw-mer/percelen.drl.xlsx";

    @Test
    void codeInEenGeuploadeTabelDraaitNooit() throws Exception {
        Path markering = Path.of("target", "markering-" + System.nanoTime()).toAbsolutePath();
        String oud = PublicatieTest.actieveVersie();
        String eerder = PublicatieTest.advies().getString("adviesId");
        List<String> geweigerd = new ArrayList<>();
        String aanvaard = null;
        for (Map.Entry<String, byte[]> aanval : Markering.aanvallen(markering).entrySet()) {
            JsonPath rapport = PublicatieTest.upload("beleid", "percelen.drl.xlsx", aanval.getValue()).then().statusCode(201)
                    .extract().jsonPath();
            assertFalse(Files.exists(markering), aanval.getKey() + ": de code draaide bij het uploaden");
            if (rapport.getBoolean("activeerbaar")) {
                aanvaard = rapport.getString("versie");
                assertEquals(Markering.TEKST_ALS_CODE, aanval.getKey(), "alleen tekst die op code lijkt mag erdoor, als tekst");
            } else {
                geweigerd.add(rapport.getString("versie"));
                Map<String, Object> fout = rapport.getMap("fouten[0]");
                assertEquals(PERCELEN, fout.get("bestand"), aanval.getKey());
                assertTrue(fout.get("blad") != null, aanval.getKey() + ": het blad wordt genoemd");
                assertTrue(fout.get("melding").toString().matches(".*[a-z]{3,}.*"), aanval.getKey() + ": " + fout);
            }
        }
        assertEquals(Markering.aanvallen(markering).size() - 1, geweigerd.size());
        for (String versie : geweigerd) {
            PublicatieTest.beleid("beleid2").post(PublicatieTest.activering(versie)).then().statusCode(409)
                    .contentType("application/problem+json");
            PublicatieTest.beleid("beleid").contentType("application/json").body(Map.of("regeling", "mlw-mer", "kandidaat", versie,
                    "van", LocalDate.now().minusDays(1).toString(), "tot", LocalDate.now().plusDays(1).toString()))
                    .post("/api/v1/impactanalyses").then().statusCode(409);
        }
        try {
            PublicatieTest.beleid("beleid2").post(PublicatieTest.activering(aanvaard)).then().statusCode(200);
            JsonPath advies = PublicatieTest.advies();
            assertEquals(aanvaard, advies.getString("regelsetVersie"));
            assertTrue(advies.getList("motivering.tekst").stream().anyMatch(t -> t.toString().contains(Markering.code(markering))),
                    "de code staat als tekst in de motivering");
            given().auth().preemptive().basic("auditor", "auditor").post("/api/v1/adviezen/" + advies.getString("adviesId") + "/herhaling")
                    .then().statusCode(200).body("identiek", equalTo(true));
            given().auth().preemptive().basic("auditor", "auditor").post("/api/v1/adviezen/" + eerder + "/herhaling")
                    .then().statusCode(200);
        } finally {
            PublicatieTest.beleid("beleid").post(PublicatieTest.activering(oud)).then().statusCode(200);
        }
        assertFalse(Files.exists(markering), "de code draaide bij activeren, adviseren of herhalen");
    }

    /** The hostile workbooks, each named by its route. */
    static final class Markering {
        static final String TEKST_ALS_CODE = "tekst die op code lijkt, in tekstcellen";

        static String code(Path markering) {
            return "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + markering + "\"));";
        }

        static Map<String, byte[]> aanvallen(Path markering) throws Exception {
            String java = code(markering);
            String regel = " rule \"Lek\" when $p : nl.indicatiewijzer.regels.feiten.Perceel() then " + java + " end";
            Map<String, byte[]> aanvallen = new java.util.LinkedHashMap<>();
            aanvallen.put("Functions onder de tabel", bewerk(b -> zet(b, 18, "Functions", "function void lek() { }" + regel)));
            aanvallen.put("Queries onder de tabel", bewerk(b -> zet(b, 18, "Queries", "query \"q\" end" + regel)));
            aanvallen.put("Declare onder de tabel", bewerk(b -> zet(b, 18, "Declare", "declare Lek end" + regel)));
            aanvallen.put("Import onder de tabel", bewerk(b -> zet(b, 18, "Import", "java.util.List;" + regel + " //")));
            aanvallen.put("ruletable in kleine letters", bewerk(b -> tabel(b, 18, "ruletable Lek", java)));
            aanvallen.put("RULETABLE in hoofdletters", bewerk(b -> tabel(b, 18, "RULETABLE Lek", java)));
            for (String witruimte : List.of("\u00A0", "\u2003", "\u200B")) {
                aanvallen.put("scheidingsrij met U+" + Integer.toHexString(witruimte.charAt(0)), bewerk(b -> {
                    Row scheiding = b.createRow(17);
                    scheiding.createCell(3).setCellValue(witruimte);
                    tabel(b, 18, "RuleTable Lek", java);
                }));
            }
            aanvallen.put("extra blad met RuleSet en Functions", bewerk(b -> {
                Sheet lek = b.getWorkbook().createSheet("Lek");
                zet(lek, 0, "RuleSet", "nl.indicatiewijzer.lek");
                zet(lek, 1, "Functions", "function void lek() { }" + regel);
            }));
            aanvallen.put("code in een getalcel", bewerk(b -> zet(b, 11, "1); " + java + " //")));
            aanvallen.put("formule", bewerk(b -> b.getRow(11).getCell(2).setCellFormula("12*2")));
            aanvallen.put(TEKST_ALS_CODE, bewerk(b -> {
                b.getRow(11).getCell(1).setCellValue("x\"); } " + java + " //");
                b.getRow(11).getCell(3).setCellValue("x\") @lek(" + java + ") @y(\"" + java);
            }));
            return aanvallen;
        }

        private static void tabel(Sheet blad, int rij, String kop, String java) {
            zet(blad, rij, kop);
            zet(blad, rij + 1, "CONDITION", "ACTION");
            zet(blad, rij + 2, "$p : nl.indicatiewijzer.regels.feiten.Perceel");
            zet(blad, rij + 3, "nummer == $param", java + " // $param");
            zet(blad, rij + 4, "Perceel", "Lek");
            zet(blad, rij + 5, "1", "x");
        }

        private static void zet(Sheet blad, int rij, String... waarden) {
            Row r = blad.getRow(rij) == null ? blad.createRow(rij) : blad.getRow(rij);
            for (int k = 0; k < waarden.length; k++) {
                Cell c = r.getCell(k) == null ? r.createCell(k) : r.getCell(k);
                c.setCellValue(waarden[k]);
            }
        }

        static byte[] bewerk(Consumer<Sheet> bewerking) throws Exception {
            try (Workbook werkmap = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(Path.of(PERCELEN))))) {
                bewerking.accept(werkmap.getSheetAt(0));
                ByteArrayOutputStream uit = new ByteArrayOutputStream();
                werkmap.write(uit);
                return uit.toByteArray();
            }
        }
    }
}
