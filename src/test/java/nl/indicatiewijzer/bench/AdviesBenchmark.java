package nl.indicatiewijzer.bench;

import java.util.concurrent.TimeUnit;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A full advice with its justification, in the process (no HTTP, no JSON, no audit): the rule
 * engine and the assembly of the answer, for the representative case of each regeling.
 * Run by {@code bench/run.sh}.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager")
@OutputTimeUnit(TimeUnit.SECONDS)
public class AdviesBenchmark {
    @Param({"mlw-mer", "stede-broec", "bkb24", "bijlage5", "tsd"})
    public String regeling;

    private Regelset regelset;
    private Clientsituatie situatie;

    @Setup
    public void bouw() {
        regelset = Gevallen.regelset(Regeling.vanCode(regeling));
        situatie = Gevallen.zwaarsteAdvies(regelset);
    }

    @Benchmark
    public Advies advies() {
        return Gevallen.advies(regelset, situatie);
    }
}
