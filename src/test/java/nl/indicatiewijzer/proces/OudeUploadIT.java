package nl.indicatiewijzer.proces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Versie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * A store from before tables were held to their template: its active mlw-mer version is an upload
 * that the old structure lock let through, with Java below the table. After the upgrade the service
 * starts, never builds that version, makes the release active as an activation by the system, and
 * the Java never runs.
 */
class OudeUploadIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eenOudeUploadDieNietBijHaarSjabloonPastWordtNooitGebouwdDeReleaseWordtActief() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "oude-upload");
        Path project = Path.of(".").toAbsolutePath().normalize();
        Path markering = data.resolveSibling(data.getFileName() + "-markering").toAbsolutePath();
        String release;
        try (Dienstproces dienst = new Dienstproces(data, project, List.of()).start()) {
            release = dienst.advies().path("regelsetVersie").asText();
            dienst.stop();
        }
        String oud = legOudeUploadActief(data, release, markering);

        try (Dienstproces dienst = new Dienstproces(data, project, List.of()).start()) {
            assertEquals(release, dienst.advies().path("regelsetVersie").asText(), "de release antwoordt, niet de oude upload");
            JsonNode regeling = null;
            for (JsonNode r : JSON.readTree(dienst.get("/api/v1/regelsets", "beleid").body()).path("regelsets")) {
                regeling = r.path("regeling").asText().equals("mlw-mer") ? r : regeling;
            }
            assertEquals(release, regeling.path("actieveVersie").asText());
            assertTrue(regeling.toString().contains("\"systeem\""), regeling.toString());
            assertEquals(409, dienst.post("/api/v1/regelsets/mlw-mer/versies/" + oud + "/activering", "beleid", "").statusCode(),
                    "de oude upload is ook niet meer te activeren");
            dienst.stop();
        }
        assertFalse(Files.exists(markering), "de Java onder de oude tabel draaide");
        assertTrue(Files.readString(data.resolveSibling(data.getFileName() + ".log")).contains("past niet bij haar sjabloon"));
    }

    /** Stores, as the old service did, an upload of percelen with Java below its table, uploaded by beleid and activated by beleid2. */
    private static String legOudeUploadActief(Path data, String release, Path markering) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("indicatiewijzer")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "")) {
            List<Regelbestand> bestanden = new java.util.ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT pad, inhoud FROM regelset_bestand WHERE regelset_versie = ?")) {
                s.setString(1, release);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byte[] inhoud = rs.getBytes(2);
                        bestanden.add(new Regelbestand(rs.getString(1), rs.getString(1).endsWith("percelen.drl.xlsx")
                                ? metJavaOnderDeTabel(inhoud, markering) : inhoud));
                    }
                }
            }
            String oud = Versie.van(bestanden);
            OffsetDateTime nu = OffsetDateTime.now();
            try (PreparedStatement v = c.prepareStatement("INSERT INTO regelset_versie (regelset_versie, regeling, gearchiveerd_op, "
                    + "herkomst, basis_versie, activeerbaar) VALUES (?, 'mlw-mer', ?, 'UPLOAD', ?, TRUE)")) {
                v.setString(1, oud);
                v.setObject(2, nu);
                v.setString(3, release);
                v.executeUpdate();
            }
            try (PreparedStatement b = c.prepareStatement("INSERT INTO regelset_bestand (regelset_versie, pad, inhoud) VALUES (?, ?, ?)")) {
                for (Regelbestand bestand : bestanden) {
                    b.setString(1, oud);
                    b.setString(2, bestand.pad());
                    b.setBytes(3, bestand.inhoud());
                    b.executeUpdate();
                }
            }
            for (String[] g : new String[][] {{"UPLOAD", "beleid"}, {"ACTIVERING", "beleid2"}}) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO regelset_gebeurtenis (regeling, regelset_versie, soort, "
                        + "gebruiker, rol, tijdstip) VALUES ('mlw-mer', ?, ?, ?, 'beleid', ?)")) {
                    s.setString(1, oud);
                    s.setString(2, g[0]);
                    s.setString(3, g[1]);
                    s.setObject(4, nu);
                    s.executeUpdate();
                }
            }
            return oud;
        }
    }

    private static byte[] metJavaOnderDeTabel(byte[] tabel, Path markering) throws Exception {
        try (Workbook werkmap = WorkbookFactory.create(new ByteArrayInputStream(tabel))) {
            Sheet blad = werkmap.getSheetAt(0);
            Row rij = blad.createRow(18);
            rij.createCell(0).setCellValue("Functions");
            rij.createCell(1).setCellValue("function void lek() { } rule \"Lek\" when then java.nio.file.Files.createFile("
                    + "java.nio.file.Path.of(\"" + markering + "\")); end");
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return uit.toByteArray();
        }
    }
}
