package nl.indicatiewijzer.advies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.advies.begrippen.Uitkomst;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.systeem.Gebruiker;
import nl.indicatiewijzer.versies.Regelsets;

/**
 * Answers a request for advice: reads it, lets the version of its regeling in force on its peildatum
 * decide (the regeling's {@code Tijdlijn}), and stores the advice before answering.
 */
@ApplicationScoped
public class AdviesService {
    private final ObjectMapper json;
    private final Verzoeklezer lezer;
    private final Regelsets regelsets;
    private final Adviesopslag opslag;
    private final Map<Regeling, Timer> duur = new EnumMap<>(Regeling.class);
    private final Map<Regeling, Map<Uitkomst, Counter>> aantallen = new EnumMap<>(Regeling.class);

    public AdviesService(ObjectMapper json, Verzoeklezer lezer, Regelsets regelsets, Adviesopslag opslag, MeterRegistry metingen) {
        this.json = json;
        this.lezer = lezer;
        this.regelsets = regelsets;
        this.opslag = opslag;
        for (Regeling regeling : Regeling.values()) {
            Map<Uitkomst, Counter> perUitkomst = new EnumMap<>(Uitkomst.class);
            for (Uitkomst uitkomst : Uitkomst.values()) {
                perUitkomst.put(uitkomst, metingen.counter("indicatiewijzer.adviezen", "regeling", regeling.code(), "uitkomst", uitkomst.name()));
            }
            aantallen.put(regeling, perUitkomst);
            duur.put(regeling, Timer.builder("indicatiewijzer.advies.duur").description("Van verzoek tot duurzaam vastgelegd advies")
                    .tag("regeling", regeling.code()).publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30)).register(metingen));
        }
    }

    /**
     * Decides and hands the advice to the store; the stage completes with the exact JSON that was stored once it is
     * durable. A request that cannot be read throws at once.
     */
    public CompletionStage<String> adviseer(String lichaam, Gebruiker gebruiker, String rol) {
        long start = System.nanoTime();
        Besluit besluit = beslis(lichaam);
        Regeling regeling = besluit.regelset().regeling();
        return opslag.legVast(besluit.advies(), (ObjectNode) besluit.verzoek(), besluit.antwoord(), gebruiker, rol).thenApply(opgeslagen -> {
            aantallen.get(regeling).get(besluit.advies().uitkomst()).increment();
            duur.get(regeling).record(Duration.ofNanos(System.nanoTime() - start));
            return besluit.antwoord();
        });
    }

    /**
     * The answer {@link #adviseer} would give, by the same steps, but not stored and not counted: only for warming the
     * service up before it answers (beheer.Opwarming). It has no endpoint.
     */
    public String proef(String lichaam) {
        return beslis(lichaam).antwoord();
    }

    private record Besluit(JsonNode verzoek, Regelset regelset, Advies advies, String antwoord) {
    }

    private Besluit beslis(String lichaam) {
        Verzoeklezer.Verzoek verzoek = lezer.lees(lichaam);
        Clientsituatie situatie = lezer.situatie(verzoek.json());
        Regelset regelset = regelsets.op(verzoek.regeling(), situatie.getPeildatum());
        Advies advies = Adviseur.beantwoord(regelset, situatie);
        return new Besluit(verzoek.json(), regelset, advies, schrijf(advies));
    }

    private String schrijf(Object waarde) {
        try {
            return json.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
