package nl.indicatiewijzer.inzet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM the benchmarks measure is the JVM the container runs and the README starts: the same options in
 * deploy/Containerfile, bench/deploy-jvm.sh and the README's first command. Heap and collector are named, not
 * left to the JVM's ergonomics, which choose them from the machine (README, "Snelheid").
 */
class JvmOptiesTest {

    @Test
    void deGemetenOptiesZijnDieVanDeContainerEnVanDeReadme() throws IOException {
        List<String> gemeten = opties("DEPLOY_JVM=\"([^\"]+)\"", Path.of("bench/deploy-jvm.sh"));
        List<String> container = opties("JAVA_OPTS=\"([^\"]+)\"", Path.of("deploy/Containerfile"));
        String readme = Files.readString(Path.of("README.md"));
        String startopdracht = readme.substring(readme.indexOf("```bash"), readme.indexOf("```", readme.indexOf("```bash") + 7));
        for (String optie : gemeten) {
            assertTrue(container.contains(optie), optie + " ontbreekt in JAVA_OPTS van deploy/Containerfile: " + container);
            assertTrue(startopdracht.contains(optie), optie + " ontbreekt in de startopdracht van de README");
        }
        assertTrue(opties("DEPLOY_OMGEVING=\"([^\"]+)\"", Path.of("bench/deploy-jvm.sh")).stream().allMatch(startopdracht::contains),
                "de omgeving van de meting staat in de startopdracht");
    }

    @Test
    void deHeapEnDeCollectorHangenNietAfVanDeMachine() throws IOException {
        List<String> gemeten = opties("DEPLOY_JVM=\"([^\"]+)\"", Path.of("bench/deploy-jvm.sh"));
        String begin = waarde(gemeten, "-Xms");
        String grens = waarde(gemeten, "-Xmx");
        assertEquals(grens, begin, "de heap begint op zijn grens, zoals gemeten: " + gemeten);
        assertTrue(gemeten.stream().anyMatch(o -> o.matches("-XX:\\+Use\\w+GC")), "de collector is genoemd: " + gemeten);
    }

    private static String waarde(List<String> opties, String voorvoegsel) {
        return opties.stream().filter(o -> o.startsWith(voorvoegsel)).map(o -> o.substring(voorvoegsel.length())).findFirst()
                .orElse("(geen " + voorvoegsel + ")");
    }

    private static List<String> opties(String patroon, Path bestand) throws IOException {
        Matcher m = Pattern.compile(patroon).matcher(Files.readString(bestand));
        assertTrue(m.find(), patroon + " in " + bestand);
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }
}
