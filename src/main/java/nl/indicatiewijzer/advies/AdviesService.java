package nl.indicatiewijzer.advies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.audit.AuditLog;
import nl.indicatiewijzer.audit.ClientReferentieHasher;
import nl.indicatiewijzer.audit.NieuwAdvies;
import nl.indicatiewijzer.audit.Verwerking;
import nl.indicatiewijzer.regels.Beslisser;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.Uitvoering;
import nl.indicatiewijzer.systeem.Gebruiker;
import nl.indicatiewijzer.systeem.Jsonlezer;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;
import nl.indicatiewijzer.versies.RegelsetRegister;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads and checks a client situation, picks its regeling and lets that regeling's active rules decide. */
@ApplicationScoped
public class AdviesService {
    private final ObjectMapper json;
    private final RegelsetRegister register;
    private final AuditLog auditLog;
    private final ClientReferentieHasher hasher;
    private final String verwerkingsactiviteit;
    private final MeterRegistry metingen;
    private final Map<Regeling, Timer> duur = new EnumMap<>(Regeling.class);

    public AdviesService(ObjectMapper json, RegelsetRegister register, AuditLog auditLog, ClientReferentieHasher hasher,
            @ConfigProperty(name = "indicatiewijzer.verwerkingsactiviteit", defaultValue = "wmo-maatwerkvoorziening-begeleiding")
            String verwerkingsactiviteit, MeterRegistry metingen) {
        this.verwerkingsactiviteit = verwerkingsactiviteit;
        this.json = json;
        this.register = register;
        this.auditLog = auditLog;
        this.hasher = hasher;
        this.metingen = metingen;
        for (Regeling regeling : Regeling.values()) {
            duur.put(regeling, Timer.builder("indicatiewijzer.advies.duur").description("Van verzoek tot duurzaam vastgelegd advies")
                    .tag("regeling", regeling.code()).publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30)).register(metingen));
        }
    }

    /** Decides, stores the advice durably, and returns the exact JSON that was stored. */
    public String adviseer(String lichaam, Gebruiker gebruiker, String rol) {
        long start = System.nanoTime();
        JsonNode verzoek = lees(lichaam);
        Regelset regelset = beoordeel(verzoek, register::actief);
        Advies advies = laatBeslissen(regelset, verzoek);
        String clientHash = null;
        if (verzoek.hasNonNull("clientReferentie")) {
            clientHash = hasher.hash(verzoek.get("clientReferentie").asText());
            ((ObjectNode) verzoek).put("clientReferentie", "hmac-sha256:" + clientHash);
        }
        String antwoord = schrijf(advies);
        auditLog.legVast(new NieuwAdvies(advies.adviesId().toString(), advies.tijdstip(), regelset,
                advies.uitkomst().name(), gebruiker.naam(), rol, clientHash, schrijf(verzoek), antwoord,
                Verwerking.binnenHuidigeSpan(verwerkingsactiviteit)));
        metingen.counter("indicatiewijzer.adviezen", "regeling", regelset.regeling().code(), "uitkomst", advies.uitkomst().name()).increment();
        duur.get(regelset.regeling()).record(Duration.ofNanos(System.nanoTime() - start));
        return antwoord;
    }

    /**
     * Decides without storing, as {@link #adviseer} would with the given rule sets: for a candidate's
     * scenario cases. Bad input throws as it does there.
     */
    public Advies proef(JsonNode verzoek, Function<Regeling, Regelset> regelsets) {
        return laatBeslissen(beoordeel(verzoek, regelsets), verzoek);
    }

    /** Checks the request and picks the rule set of its regeling. */
    private static Regelset beoordeel(JsonNode verzoek, Function<Regeling, Regelset> regelsets) {
        List<OngeldigeParameter> fouten = new ArrayList<>(VerzoekValidator.valideer(verzoek, Clientsituatie.class));
        Regeling regeling = kiesRegeling(verzoek, fouten);
        controleerDominanteGrondslag(verzoek, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
        return regelsets.apply(regeling);
    }

    private Advies laatBeslissen(Regelset regelset, JsonNode verzoek) {
        Clientsituatie situatie = json.convertValue(verzoek, Clientsituatie.class);
        Uitvoering uitvoering = Beslisser.voerUit(regelset, situatie);
        if (!regelset.eigenRegels() && !uitvoering.isAfgebakend()) {
            throw new NietBeschikbaarException(501, "Regeling nog niet beschikbaar",
                    "De productregels van regeling " + regelset.regeling().code() + " zijn nog niet ingebouwd; alleen de "
                            + "algemene afbakening (Jeugdwet, Wlz, Zvw, voorliggende voorzieningen) is beschikbaar.");
        }
        return AdviesSamensteller.stel(regelset, situatie, uitvoering);
    }

    /** The regeling a request names, directly or through its gemeente; null when it names none. */
    public static Regeling regelingVan(JsonNode verzoek) {
        return kiesRegeling(verzoek, new ArrayList<>());
    }

    /** Evaluates a stored request again (its client reference already hashed) under the given rule set. */
    public Advies herhaal(String opgeslagenVerzoek, Regelset regelset) {
        Clientsituatie situatie = json.convertValue(lees(opgeslagenVerzoek), Clientsituatie.class);
        return AdviesSamensteller.stel(regelset, situatie, Beslisser.voerUit(regelset, situatie));
    }

    private String schrijf(Object waarde) {
        try {
            return json.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode lees(String lichaam) {
        return Jsonlezer.lees(json, lichaam);
    }

    /** CONTRACT.md, field gemeente: a known gemeente decides the regeling and may not contradict it. */
    private static Regeling kiesRegeling(JsonNode verzoek, List<OngeldigeParameter> fouten) {
        Regeling gevraagd = Regeling.vanCode(verzoek.path("regeling").asText(null));
        Regeling vanGemeente = Gemeenten.regelingVan(verzoek.path("gemeente").asText(null));
        if (gevraagd != null && vanGemeente != null && gevraagd != vanGemeente) {
            fouten.add(new OngeldigeParameter("regeling", "gemeente " + verzoek.path("gemeente").asText()
                    + " valt onder regeling " + vanGemeente.code() + ", niet onder " + gevraagd.code()));
        }
        if (gevraagd == null && vanGemeente == null && !verzoek.hasNonNull("regeling")) {
            fouten.add(new OngeldigeParameter("regeling",
                    "is verplicht wanneer de gemeente niet (of niet als bekende gemeente) is opgegeven"));
        }
        return gevraagd != null ? gevraagd : vanGemeente;
    }

    private static void controleerDominanteGrondslag(JsonNode verzoek, List<OngeldigeParameter> fouten) {
        JsonNode dominant = verzoek.path("dominanteGrondslag");
        JsonNode grondslagen = verzoek.path("grondslagen");
        if (!dominant.isTextual() || !grondslagen.isArray()) {
            return;
        }
        for (JsonNode g : grondslagen) {
            if (g.asText().equals(dominant.asText())) {
                return;
            }
        }
        fouten.add(new OngeldigeParameter("dominanteGrondslag", "moet een van de opgegeven grondslagen zijn"));
    }
}
