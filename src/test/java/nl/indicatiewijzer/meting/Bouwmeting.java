package nl.indicatiewijzer.meting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.RegelbestandenLezer;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.RegelsetBouwer;

/**
 * A measurement, not a test: builds each regeling's rule set from the project files six times in one
 * JVM; the first build is cold, the median of the other five is the warm rebuild an activation or upload costs.
 * Run: see README, "Snelheid".
 */
public final class Bouwmeting {
    public static void main(String[] args) {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        RegelbestandenLezer lezer = new RegelbestandenLezer(Path.of("."));
        for (int ronde = 1; ronde <= 2; ronde++) {
            for (Regeling regeling : Regeling.values()) {
                List<Regelbestand> bestanden = new ArrayList<>(lezer.algemeen());
                bestanden.addAll(lezer.eigen(regeling));
                List<Long> ms = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    long start = System.nanoTime();
                    new RegelsetBouwer().bouw(regeling, bestanden);
                    ms.add((System.nanoTime() - start) / 1_000_000);
                }
                List<Long> warm = ms.subList(1, 6).stream().sorted().toList();
                System.out.printf("ronde %d, %s: eerste %d ms, warm mediaan %d ms (%d - %d)%n", ronde, regeling.code(), ms.get(0),
                        warm.get(2), warm.get(0), warm.get(4));
            }
        }
    }
}
