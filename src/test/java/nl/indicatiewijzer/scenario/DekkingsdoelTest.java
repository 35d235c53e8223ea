package nl.indicatiewijzer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.indicatiewijzer.regels.Regeling;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every rule and every table row of the project's own rule sets is fired by at least one of the
 * regeling's own scenario cases, or is listed with its reason in {@code dekking-onbereikbaar.txt}
 * (README, Scenario's, Dekking).
 */
class DekkingsdoelTest {

    @ParameterizedTest
    @EnumSource(Regeling.class)
    void elkeRegelEnElkeTabelrijWordtDoorEenGevalGeraakt(Regeling regeling) throws IOException {
        Projectdekking.Meting meting = Projectdekking.van(Path.of("."), regeling);
        assertEquals(0, meting.resultaat().mislukt(), "mislukte gevallen: " + meting.resultaat().mislukkingen());
        Dekking d = meting.dekking();
        assertTrue(d.regelsTotaal() > 0 && d.tabelrijenTotaal() > 0, "de regelset heeft regels en tabelrijen");
        Set<String> onbereikbaar = onbereikbaar(regeling);
        List<String> ongeraakt = new ArrayList<>();
        d.regels().stream().filter(r -> r.aantal() == 0).map(r -> "regel\t" + r.regelbestand() + "\t" + r.naam())
                .filter(r -> !onbereikbaar.contains(r)).forEach(ongeraakt::add);
        d.tabelrijen().stream().filter(r -> r.aantal() == 0).map(r -> "rij\t" + r.bestand() + "\t" + r.blad() + "\t" + r.rij())
                .filter(r -> !onbereikbaar.contains(r)).forEach(ongeraakt::add);
        assertEquals(List.of(), ongeraakt, "geen geval raakt deze regels of rijen; voeg een scenario toe of noem ze met reden in "
                + "src/test/resources/dekking-onbereikbaar.txt");
    }

    /** The listed items of this regeling, without their reason; an item without a reason is not accepted. */
    private static Set<String> onbereikbaar(Regeling regeling) throws IOException {
        try (InputStream in = DekkingsdoelTest.class.getResourceAsStream("/dekking-onbereikbaar.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .filter(v -> v[0].equals(regeling.code()))
                    .peek(v -> assertTrue(v.length == (v[1].equals("regel") ? 5 : 6) && !v[v.length - 1].isBlank(),
                            "zonder reden: " + String.join(" ", v)))
                    .map(v -> String.join("\t", java.util.Arrays.copyOfRange(v, 1, v.length - 1)))
                    .collect(Collectors.toSet());
        }
    }
}
