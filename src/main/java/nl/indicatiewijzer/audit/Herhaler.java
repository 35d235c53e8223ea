package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.indicatiewijzer.advies.AdviesService;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.versies.Regelsets;

/**
 * Replays a stored advice: the stored request (reference hashed) evaluated again under the version
 * that decided it, the active version, or a named one, and compared field by field with what was answered.
 */
@ApplicationScoped
public class Herhaler {
    private final AdviesService advies;
    private final Regelsets regelsets;
    private final ObjectMapper json;

    public Herhaler(AdviesService advies, Regelsets regelsets, ObjectMapper json) {
        this.advies = advies;
        this.regelsets = regelsets;
        this.json = json;
    }

    /** @param regelset null for the version that decided, "actief", or a version hash */
    public Herhaling herhaal(AuditRecord record, String regelset) {
        Regeling regeling = Regeling.vanCode(record.regeling());
        Regelset onder = regelset == null ? regelsets.versie(regeling, record.regelsetVersie())
                : "actief".equals(regelset) ? regelsets.actief(regeling) : regelsets.versie(regeling, regelset);
        try {
            JsonNode oud = json.readTree(record.antwoord());
            JsonNode nieuw = json.valueToTree(advies.herhaal(record.verzoek(), onder));
            List<JsonVerschil.Verschil> verschillen = JsonVerschil.tussen(oud, nieuw, JsonVerschil.VAN_NATURE_ANDERS);
            return new Herhaling(record.adviesId(), record.regelsetVersie(), onder.versie(), verschillen.isEmpty(), verschillen);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen antwoord van " + record.adviesId() + " is geen JSON", e);
        }
    }
}
