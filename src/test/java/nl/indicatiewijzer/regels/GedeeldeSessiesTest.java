package nl.indicatiewijzer.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.bench.Gevallen;
import nl.indicatiewijzer.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sessions of a rule set come from a pool and pass from thread to thread, one decision at a time, with an agenda
 * without locks (Regelset). Four threads deciding a regeling's cases at once must each get the advice one thread gets.
 */
class GedeeldeSessiesTest {
    private static final int THREADS = 4;
    private static final int RONDES = 3;

    @ParameterizedTest
    @EnumSource(Regeling.class)
    void vierThreadsTegelijkKrijgenElkHetAdviesVanEenThread(Regeling regeling) throws Exception {
        Regelset regelset = Gevallen.regelset(regeling);
        List<Scenario> gevallen = Gevallen.scenarios(regeling).stream()
                .filter(s -> s.verwacht().path("status").asInt(200) == 200).toList();
        assertFalse(gevallen.isEmpty());
        List<String> verwacht = new ArrayList<>();
        for (Scenario s : gevallen) {
            verwacht.add(inhoud(Gevallen.advies(regelset, Gevallen.situatie(s.verzoek()))));
        }

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> uitkomsten = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                uitkomsten.add(threads.submit(() -> beslis(regelset, gevallen)));
            }
            for (Future<List<String>> uitkomst : uitkomsten) {
                List<String> gekregen = uitkomst.get();
                for (int i = 0; i < gekregen.size(); i++) {
                    assertEquals(verwacht.get(i % gevallen.size()), gekregen.get(i), gevallen.get(i % gevallen.size()).naam());
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Each thread its own client situations, as each request has. */
    private static List<String> beslis(Regelset regelset, List<Scenario> gevallen) throws JsonProcessingException {
        List<Clientsituatie> situaties = gevallen.stream().map(s -> Gevallen.situatie(s.verzoek())).toList();
        List<String> adviezen = new ArrayList<>();
        for (int ronde = 0; ronde < RONDES; ronde++) {
            for (Clientsituatie situatie : situaties) {
                adviezen.add(inhoud(Gevallen.advies(regelset, situatie)));
            }
        }
        return adviezen;
    }

    /** The advice without what differs per advice: its id and time. */
    private static String inhoud(Advies a) throws JsonProcessingException {
        return Gevallen.JSON.writeValueAsString(new Advies(null, a.regeling(), a.regelsetVersie(), a.peildatum(), null, a.uitkomst(),
                a.verwijzing(), a.perceel(), a.arrangement(), a.producten(), a.motivering(), a.afgewezen(), a.waarschuwingen(),
                a.ontbrekend()));
    }
}
