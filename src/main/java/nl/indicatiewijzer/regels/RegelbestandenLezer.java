package nl.indicatiewijzer.regels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a regeling's files from the project folders: the shared rules under {@code rules/algemeen},
 * the regeling's own DRL under {@code rules/<regeling>} and its tables under
 * {@code decision-tables/<regeling>}.
 */
public final class RegelbestandenLezer {
    public static final String ALGEMEEN = "algemeen";
    private final Path basis;

    public RegelbestandenLezer(Path basis) {
        this.basis = basis;
    }

    public List<Regelbestand> algemeen() {
        return lees("rules/" + ALGEMEEN, ".drl");
    }

    public List<Regelbestand> eigen(Regeling regeling) {
        List<Regelbestand> eigen = new ArrayList<>(lees("rules/" + regeling.code(), ".drl"));
        eigen.addAll(lees("decision-tables/" + regeling.code(), ".drl.xlsx"));
        return eigen;
    }

    /**
     * The scenario files that hold cases of this regeling: its own and the general ones (which the
     * runner filters by regeling).
     */
    public List<Regelbestand> scenarios(Regeling regeling) {
        List<Regelbestand> scenarios = new ArrayList<>(lees("rules/" + ALGEMEEN + "/scenarios", ".yaml"));
        scenarios.addAll(lees("rules/" + regeling.code() + "/scenarios", ".yaml"));
        return scenarios;
    }

    private List<Regelbestand> lees(String map, String extensie) {
        Path dir = basis.resolve(map);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paden = Files.walk(dir)) {
            return paden.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(extensie))
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .sorted()
                    .map(this::lees)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Regelbestand lees(Path p) {
        try {
            return new Regelbestand(basis.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
