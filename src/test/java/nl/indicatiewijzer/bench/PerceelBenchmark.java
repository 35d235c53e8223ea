package nl.indicatiewijzer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.regels.Beslisser;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.Uitvoering;
import nl.indicatiewijzer.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The mlw-mer perceel decision over all mlw-mer scenario requests that name a perceel: once by the
 * rule engine (the whole mlw-mer rule set, which also decides products and writes the justification)
 * and once by the hand-written {@link Perceelkeuze}, the lower bound. One operation is one request.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")
@OutputTimeUnit(TimeUnit.SECONDS)
public class PerceelBenchmark {
    private Regelset regelset;
    private List<Clientsituatie> situaties;
    private int volgende;

    @Setup
    public void bouw() {
        regelset = Gevallen.regelset(Regeling.MLW_MER);
        situaties = Gevallen.scenarios(Regeling.MLW_MER).stream().filter(s -> s.verwacht().has("perceel"))
                .map(Scenario::verzoek).map(Gevallen::situatie).toList();
    }

    private Clientsituatie volgende() {
        volgende = (volgende + 1) % situaties.size();
        return situaties.get(volgende);
    }

    @Benchmark
    public Uitvoering drools() {
        return Beslisser.voerUit(regelset, volgende());
    }

    @Benchmark
    public int javaBasislijn() {
        return Perceelkeuze.kies(volgende());
    }
}
