package nl.indicatiewijzer.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.bench.Gevallen;
import nl.indicatiewijzer.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A restart loads compiled rules from the cache; they must decide exactly as the rules built from the files. */
class BouwcacheTest {
    @TempDir
    Path map;

    @ParameterizedTest
    @EnumSource(Regeling.class)
    void eenVersieUitDeCacheGeeftBijElkScenarioHetzelfdeAdviesAlsDeGebouwdeVersie(Regeling regeling) throws Exception {
        Bouwcache cache = new Bouwcache(map, 20, "sleutel");
        Regelset gebouwd = new RegelsetBouwer(cache).bouw(regeling, bestanden(regeling));
        cache.wachtOpSchrijven();
        Regelset bewaard = new Regelset(regeling, gebouwd.versie(), cache.lees(gebouwd.versie()).orElseThrow(),
                gebouwd.bestanden(), gebouwd.sjablonen(), gebouwd.eigenRegels());

        List<Scenario> scenarios = Gevallen.scenarios(regeling);
        assertFalse(scenarios.isEmpty());
        for (int ronde = 0; ronde < 2; ronde++) {
            for (Scenario s : scenarios) {
                if (s.verwacht().path("status").asInt(200) == 200) {
                    var situatie = Gevallen.situatie(s.verzoek());
                    assertEquals(zonderIdEnTijd(gebouwd, situatie), zonderIdEnTijd(bewaard, situatie), s.naam());
                }
            }
        }
    }

    @Test
    void eenBeschadigdBestandOfEenAndereToepassingTeltNietEnDeVersieWordtGewoonGebouwd() throws Exception {
        Bouwcache cache = new Bouwcache(map, 20, "sleutel");
        Regelset gebouwd = new RegelsetBouwer(cache).bouw(Regeling.TSD, bestanden(Regeling.TSD));
        cache.wachtOpSchrijven();
        assertTrue(cache.lees(gebouwd.versie()).isPresent());
        assertTrue(new Bouwcache(map, 20, "een-andere-bouw").lees(gebouwd.versie()).isEmpty());

        Path bestand = map.resolve(gebouwd.versie() + ".kiebase");
        byte[] inhoud = Files.readAllBytes(bestand);
        inhoud[inhoud.length - 10] ^= 1;
        Files.write(bestand, inhoud);
        assertTrue(cache.lees(gebouwd.versie()).isEmpty());
        Regelset opnieuw = new RegelsetBouwer(cache).bouw(Regeling.TSD, bestanden(Regeling.TSD));
        assertEquals(gebouwd.versie(), opnieuw.versie());
        cache.wachtOpSchrijven();
        assertTrue(cache.lees(gebouwd.versie()).isPresent(), "de nieuwe bouw vervangt het beschadigde bestand");
    }

    @Test
    void deCacheHoudtAlleenDeLaatstGebruikteVersiesBij() throws Exception {
        Bouwcache cache = new Bouwcache(map, 2, "sleutel");
        for (Regeling r : List.of(Regeling.TSD, Regeling.BKB24, Regeling.BIJLAGE5)) {
            new RegelsetBouwer(cache).bouw(r, bestanden(r));
            cache.wachtOpSchrijven();
            Thread.sleep(20);
        }
        try (var paden = Files.list(map)) {
            assertEquals(2, paden.filter(p -> p.toString().endsWith(".kiebase")).count());
        }
    }

    private static ObjectNode zonderIdEnTijd(Regelset regelset, nl.indicatiewijzer.advies.verzoek.Clientsituatie situatie) {
        ObjectNode advies = Gevallen.JSON.valueToTree(Gevallen.advies(regelset, situatie));
        advies.remove(List.of("adviesId", "tijdstip"));
        return advies;
    }

    private static List<Regelbestand> bestanden(Regeling regeling) {
        RegelbestandenLezer lezer = new RegelbestandenLezer(Path.of("."));
        List<Regelbestand> alle = new ArrayList<>(lezer.algemeen());
        alle.addAll(lezer.eigen(regeling));
        return alle;
    }
}
