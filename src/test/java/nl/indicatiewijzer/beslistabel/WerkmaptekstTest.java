package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.indicatiewijzer.beheer.Tabelbewerking;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer reads a table change in {@code git diff} as changed lines of cells: the diff driver
 * {@code beslistabel} ({@code .gitattributes}) runs {@code bin/tabeltekst}, which prints a workbook
 * with the project's own reader.
 */
class WerkmaptekstTest {
    private static final String PERCELEN = "decision-tables/mlw-mer/percelen.drl.xlsx";

    @Test
    void eenGewijzigdeCelIsEenGewijzigdeRegel() throws IOException {
        byte[] oud = Files.readAllBytes(Path.of(PERCELEN));
        List<String> voor = Werkmaptekst.van(oud).lines().toList();
        List<String> na = Werkmaptekst.van(Tabelbewerking.wijzig(oud, "Percelen", "C13", 61)).lines().toList();
        List<String> weg = new ArrayList<>(voor);
        weg.removeAll(na);
        List<String> erbij = new ArrayList<>(na);
        erbij.removeAll(voor);
        assertEquals(1, weg.size(), weg.toString());
        assertTrue(weg.get(0).startsWith("Percelen!C13 [getal] "), weg.toString());
        assertEquals(List.of("Percelen!C13 [getal] 61"), erbij);
        assertEquals(voor.size(), na.size());
        assertTrue(voor.contains("Percelen!A7 [tekst] RuleTable Percelen"), "ook de regels boven de tabel staan erin");
    }

    @Test
    void eenRegeleindeOfOnzichtbaarTekenInEenCelBlijftZichtbaarOpEenRegel() throws IOException {
        byte[] oud = Files.readAllBytes(Path.of(PERCELEN));
        String tekst = Werkmaptekst.van(Tabelbewerking.wijzig(oud, "Percelen", "D12", "twee\nregels\u00a0en\u200bniets"));
        assertTrue(tekst.contains("Percelen!D12 [tekst] twee\\nregels\\u{00A0}en\\u{200B}niets\n"), tekst);
        assertEquals("'Blad 1'", Werkmaptekst.bladnaam("Blad 1"));
    }

    @Test
    void gitDiffToontDeGewijzigdeCel(@TempDir Path repo) throws Exception {
        Path script = Path.of("bin/tabeltekst").toAbsolutePath();
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")) || Files.isExecutable(Path.of("/usr/local/bin/git")), "git ontbreekt");
        Path tabel = repo.resolve("percelen.drl.xlsx");
        Files.copy(Path.of(PERCELEN), tabel);
        Files.copy(Path.of(".gitattributes"), repo.resolve(".gitattributes"));
        git(repo, "init", "-q");
        git(repo, "config", "diff.beslistabel.textconv", script.toString());
        git(repo, "add", ".");
        git(repo, "-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "tabel");
        Files.write(tabel, Tabelbewerking.wijzig(Files.readAllBytes(tabel), "Percelen", "C13", 61));
        String diff = git(repo, "diff");
        assertTrue(diff.lines().anyMatch(r -> r.startsWith("-Percelen!C13 [getal] ")), diff);
        assertTrue(diff.lines().anyMatch(r -> r.equals("+Percelen!C13 [getal] 61")), diff);
        assertEquals(2, diff.lines().filter(r -> r.matches("[-+][^-+].*")).count(), diff);
    }

    private static String git(Path map, String... argumenten) throws Exception {
        List<String> opdracht = new ArrayList<>(List.of("git"));
        opdracht.addAll(List.of(argumenten));
        Process p = new ProcessBuilder(opdracht).directory(map.toFile()).redirectErrorStream(true).start();
        String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "git " + opdracht);
        assertEquals(0, p.exitValue(), uit);
        return uit;
    }
}
