package nl.indicatiewijzer.beheer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import org.junit.jupiter.api.Test;

/** Which stored file a name asks for, and the file name a download gets. */
class BestandskeuzeTest {
    private static final Regelbestand ALGEMEEN = bestand("rules/algemeen/vervoer.drl", "algemeen");
    private static final Regelbestand EIGEN = bestand("rules/mlw-mer/vervoer.drl", "eigen");
    private static final Regelbestand TABEL = bestand("decision-tables/mlw-mer/percelen.drl.xlsx", "tabel");

    @Test
    void eenNaamKiestAlleenEenOpgeslagenBestandMetPreciesDieNaam() {
        assertArrayEquals(TABEL.inhoud(), Versiebestanden.kies(List.of(ALGEMEEN, TABEL), "percelen.drl.xlsx", "v").inhoud());
        for (String naam : List.of("Percelen.drl.xlsx", "decision-tables/mlw-mer/percelen.drl.xlsx", "../percelen.drl.xlsx", "", "percelen")) {
            NietBeschikbaarException e = assertThrows(NietBeschikbaarException.class, () -> Versiebestanden.kies(List.of(TABEL), naam, "v"));
            assertEquals(404, e.status(), naam);
        }
    }

    @Test
    void eenNaamDieTweeBestandenHebbenIsNietEenduidig() {
        NietBeschikbaarException e = assertThrows(NietBeschikbaarException.class,
                () -> Versiebestanden.kies(List.of(ALGEMEEN, EIGEN), "vervoer.drl", "v"));
        assertEquals(409, e.status());
    }

    @Test
    void deBestandsnaamVanEenDownloadHeeftAlleenVeiligeTekens() {
        assertEquals("attachment; filename=\"percelen.drl.xlsx\"", Versiebestanden.bijlage("percelen.drl.xlsx"));
        assertEquals("attachment; filename=\"a_b_c_d.drl\"", Versiebestanden.bijlage("a\"b;c\nd.drl"));
        assertEquals("attachment; filename=\"passwd\"", Versiebestanden.bijlage("../passwd"));
        assertEquals("attachment; filename=\"bestand\"", Versiebestanden.bijlage(".."));
    }

    @Test
    void dezelfdeVersieGeeftDezelfdeZip() {
        OffsetDateTime moment = OffsetDateTime.parse("2026-11-29T08:00:00+01:00");
        assertArrayEquals(Versiezip.van(List.of(ALGEMEEN, TABEL), moment), Versiezip.van(List.of(ALGEMEEN, TABEL), moment));
    }

    private static Regelbestand bestand(String pad, String inhoud) {
        return new Regelbestand(pad, inhoud.getBytes(StandardCharsets.UTF_8));
    }
}
