package nl.indicatiewijzer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The plain-Java baseline of the benchmark chooses the perceel every mlw-mer scenario expects: it is the same logic. */
class PerceelkeuzeTest {

    @Test
    void deBasislijnKiestHetPerceelDatElkScenarioVerwacht() {
        int getoetst = 0;
        for (Scenario s : Gevallen.scenarios(Regeling.MLW_MER)) {
            if (s.verwacht().has("perceel")) {
                assertEquals(s.verwacht().get("perceel").asInt(), Perceelkeuze.kies(Gevallen.situatie(s.verzoek())), s.naam());
                getoetst++;
            }
        }
        assertTrue(getoetst >= 15, "te weinig scenario's met een perceel: " + getoetst);
    }
}
