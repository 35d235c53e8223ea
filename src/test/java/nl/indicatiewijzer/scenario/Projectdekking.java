package nl.indicatiewijzer.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.advies.Verzoeklezer;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.RegelbestandenLezer;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.RegelsetBouwer;
import nl.indicatiewijzer.regels.Vuurtelling;

/**
 * The coverage of the project's own rule sets by their own scenario files, outside the service: each
 * regeling built from rules/ and decision-tables/ and its cases run as the upload check runs them.
 */
public final class Projectdekking {
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private Projectdekking() {
    }

    /** The coverage and how the cases did. */
    public record Meting(Dekking dekking, Scenarioresultaat resultaat) {
    }

    public static Meting van(Path project, Regeling regeling) {
        RegelbestandenLezer lezer = new RegelbestandenLezer(project);
        List<Regelbestand> bestanden = new ArrayList<>(lezer.algemeen());
        bestanden.addAll(lezer.eigen(regeling));
        Regelset regelset = new RegelsetBouwer().bouw(regeling, bestanden);
        List<Scenario> gevallen = new ArrayList<>();
        lezer.scenarios(regeling).forEach(b -> gevallen.addAll(Scenario.uit(b)));
        Vuurtelling telling = new Vuurtelling();
        Scenarioresultaat resultaat = new Scenarioloper(new Verzoeklezer(JSON), JSON).draai(regelset, gevallen, telling);
        return new Meting(Dekking.van(regelset, resultaat.geslaagd() + resultaat.mislukt(), telling), resultaat);
    }
}
