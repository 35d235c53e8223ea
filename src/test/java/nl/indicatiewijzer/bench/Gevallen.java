package nl.indicatiewijzer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.indicatiewijzer.advies.Adviseur;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.advies.begrippen.Uitkomst;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.RegelbestandenLezer;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.RegelsetBouwer;
import nl.indicatiewijzer.scenario.Scenario;

/** What the benchmarks run on: a regeling's rule set from the project files, and its scenario requests. */
public final class Gevallen {
    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private Gevallen() {
    }

    public static Regelset regelset(Regeling regeling) {
        // as in the service: the JBoss log manager without TRACE (left alone it formats every Drools trace line)
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        RegelbestandenLezer lezer = new RegelbestandenLezer(Path.of("."));
        List<Regelbestand> bestanden = new ArrayList<>(lezer.algemeen());
        bestanden.addAll(lezer.eigen(regeling));
        return new RegelsetBouwer().bouw(regeling, bestanden);
    }

    /** Every scenario of the regeling's own files. */
    public static List<Scenario> scenarios(Regeling regeling) {
        List<Scenario> alle = new ArrayList<>();
        try (Stream<Path> paden = Files.list(Path.of("rules", regeling.code(), "scenarios"))) {
            for (Path p : paden.sorted().toList()) {
                alle.addAll(Scenario.uit(new Regelbestand(p.toString(), Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return alle;
    }

    public static Clientsituatie situatie(JsonNode verzoek) {
        return JSON.convertValue(verzoek, Clientsituatie.class);
    }

    public static Advies advies(Regelset regelset, Clientsituatie situatie) {
        return Adviseur.adviseer(regelset, situatie);
    }

    /** The representative case: the regeling's scenario with outcome ADVIES and the longest justification. */
    public static Clientsituatie zwaarsteAdvies(Regelset regelset) {
        Clientsituatie beste = null;
        int meeste = -1;
        for (Scenario s : scenarios(regelset.regeling())) {
            if (s.verwacht().path("status").asInt(200) != 200) {
                continue;
            }
            Clientsituatie c = situatie(s.verzoek());
            Advies a = advies(regelset, c);
            if (a.uitkomst() == Uitkomst.ADVIES && a.motivering().size() > meeste) {
                meeste = a.motivering().size();
                beste = c;
            }
        }
        return beste;
    }
}
