import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two builds of the service decide the same case in one JVM, in turns of 100 ms, so that both meet the same machine:
 * on a shared VM the speed of the in-process advice drifts by tens of percents between runs (and between two JMH runs
 * side by side), which hides a change of a few percent. Each build has a class loader of its own (its classes,
 * target/test-classes and the dependencies of target/cp.txt), so the JIT compiles each apart. Per pair of turns the
 * ratio of their speeds; reported: each build's advices per second, and the geometric mean of the ratios with a 95 %
 * interval. With [threads], that many threads decide at once in each turn (all of one build), and a turn counts them
 * together. Run from the project root (bench/ab.sh builds both and calls it):
 *   java bench/Tweeling.java <classes of A> <classes of B> <regeling> <seconds warm> <seconds measured> [threads]
 */
public class Tweeling {
    private static final long BEURT = 100_000_000L;
    /** Keeps the JIT from dropping an advice that nobody reads. */
    private static int opgeslokt;

    /** Each build has its own helper threads, kept for the whole run, as a server keeps its worker threads. */
    private record Kant(String naam, ClassLoader lader, MethodHandle advies, ExecutorService helpers, int draden) {
        /** Advices per second over one turn, of all threads together. */
        double beurt() throws Throwable {
            long begin = System.nanoTime(), eind = begin + BEURT;
            List<Future<Long>> anderen = new ArrayList<>();
            for (int d = 1; d < draden; d++) {
                anderen.add(helpers.submit(() -> {
                    try {
                        return tel(eind);
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            long n = tel(eind);
            for (Future<Long> f : anderen) {
                n += f.get();
            }
            return n * 1e9 / (System.nanoTime() - begin);
        }

        private long tel(long eind) throws Throwable {
            Thread.currentThread().setContextClassLoader(lader);
            long n = 0;
            int geslikt = 0;
            do {
                for (int i = 0; i < 16; i++) {
                    geslikt ^= System.identityHashCode(advies.invokeExact());
                }
                n += 16;
            } while (System.nanoTime() < eind);
            opgeslokt ^= geslikt;
            return n;
        }
    }

    public static void main(String[] args) throws Throwable {
        java.util.logging.LogManager.getLogManager(); // the JDK's own: the builds' log managers must not claim it
        List<URL> afhankelijk = new ArrayList<>();
        for (String jar : Files.readString(Path.of("target/cp.txt")).trim().split(":")) {
            afhankelijk.add(Path.of(jar).toUri().toURL());
        }
        int draden = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        Kant a = kant("A", args[0], afhankelijk, args[2], draden);
        Kant b = kant("B", args[1], afhankelijk, args[2], draden);
        int warm = Integer.parseInt(args[3]), gemeten = Integer.parseInt(args[4]);
        for (int i = 0; i < warm * 5; i++) {
            a.beurt();
            b.beurt();
        }
        List<double[]> paren = new ArrayList<>();
        for (int i = 0; i < gemeten * 5; i++) {
            double ra, rb;
            if (i % 2 == 0) {
                ra = a.beurt();
                rb = b.beurt();
            } else {
                rb = b.beurt();
                ra = a.beurt();
            }
            paren.add(new double[] {ra, rb});
        }
        rapporteer(args, paren);
    }

    private static Kant kant(String naam, String klassen, List<URL> afhankelijk, String regeling, int draden) throws Throwable {
        List<URL> pad = new ArrayList<>(List.of(Path.of(klassen).toUri().toURL(), Path.of("target/test-classes").toUri().toURL()));
        pad.addAll(afhankelijk);
        ClassLoader lader = new URLClassLoader("tweeling-" + naam, pad.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(lader);
        // Drools logs through its build's JBoss log manager, which without a level formats every trace line (Gevallen sets
        // the level through the JDK's log manager, which here stays the JDK's own)
        Class<?> logContext = lader.loadClass("org.jboss.logmanager.LogContext");
        Object context = logContext.getMethod("getSystemLogContext").invoke(null);
        ((java.util.logging.Logger) logContext.getMethod("getLogger", String.class).invoke(context, "")).setLevel(java.util.logging.Level.INFO);
        Class<?> gevallen = lader.loadClass("nl.indicatiewijzer.bench.Gevallen");
        Class<?> regelingKlasse = lader.loadClass("nl.indicatiewijzer.regels.Regeling");
        MethodHandles.Lookup l = MethodHandles.publicLookup();
        Object code = l.findStatic(regelingKlasse, "vanCode", MethodType.methodType(regelingKlasse, String.class)).invoke(regeling);
        Object regelset = l.findStatic(gevallen, "regelset", MethodType.methodType(lader.loadClass("nl.indicatiewijzer.regels.Regelset"),
                regelingKlasse)).invoke(code);
        Class<?> situatieKlasse = lader.loadClass("nl.indicatiewijzer.advies.verzoek.Clientsituatie");
        Object situatie = l.findStatic(gevallen, "zwaarsteAdvies", MethodType.methodType(situatieKlasse, regelset.getClass()))
                .invoke(regelset);
        MethodHandle advies = l.findStatic(gevallen, "advies", MethodType.methodType(
                lader.loadClass("nl.indicatiewijzer.advies.antwoord.Advies"), regelset.getClass(), situatieKlasse));
        advies = MethodHandles.insertArguments(advies, 0, regelset, situatie).asType(MethodType.methodType(Object.class));
        return new Kant(naam, lader, advies, Executors.newFixedThreadPool(Math.max(1, draden - 1), taak -> {
            Thread t = new Thread(taak);
            t.setDaemon(true);
            return t;
        }), draden);
    }

    private static void rapporteer(String[] args, List<double[]> paren) {
        int n = paren.size();
        double somA = 0, somB = 0, somLog = 0, somLog2 = 0;
        for (double[] p : paren) {
            somA += p[0];
            somB += p[1];
            double r = Math.log(p[1] / p[0]);
            somLog += r;
            somLog2 += r * r;
        }
        double gem = somLog / n, sd = Math.sqrt(Math.max(0, somLog2 / n - gem * gem) * n / (n - 1)), marge = 1.96 * sd / Math.sqrt(n);
        System.out.printf("%s%s: A %.0f/s, B %.0f/s; B/A %.3f (95 %%: %.3f-%.3f) over %d paren van %d ms%n", args[2],
                args.length > 5 && !args[5].equals("1") ? ", " + args[5] + " draden" : "", somA / n, somB / n,
                Math.exp(gem), Math.exp(gem - marge), Math.exp(gem + marge), n, BEURT / 1_000_000);
    }
}
