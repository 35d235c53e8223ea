package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.indicatiewijzer.advies.Adviseur;
import nl.indicatiewijzer.advies.Verzoeklezer;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.versies.Regelsets;

/**
 * Replays a stored advice: the stored request (reference hashed) evaluated again under the version
 * that decided it, the active version, or a named one, and compared field by field with what was
 * answered. The one replay-and-compare, for audit and for impact analysis.
 */
@ApplicationScoped
public class Herhaler {
    private final Verzoeklezer lezer;
    private final Regelsets regelsets;
    private final ObjectMapper json;

    public Herhaler(Verzoeklezer lezer, Regelsets regelsets, ObjectMapper json) {
        this.lezer = lezer;
        this.regelsets = regelsets;
        this.json = json;
    }

    /** What was answered, what the rule set answers now, and where they differ. */
    public record Vergelijking(JsonNode oud, JsonNode nieuw, List<JsonVerschil.Verschil> verschillen) {
    }

    /**
     * @param regelset null for the version that decided, "actief" for the version that would decide it
     *        now (the one on the timeline for its peildatum), or a version hash
     */
    public Herhaling herhaal(AuditRecord record, String regelset) {
        Regeling regeling = Regeling.vanCode(record.regeling());
        Regelset onder = regelset == null ? regelsets.versie(regeling, record.regelsetVersie())
                : "actief".equals(regelset) ? regelsets.op(regeling, lezer.situatie(record.verzoek()).getPeildatum())
                : regelsets.versie(regeling, regelset);
        Vergelijking v = vergelijk(record, onder);
        return new Herhaling(record.adviesId(), record.regelsetVersie(), onder.versie(), v.verschillen().isEmpty(), v.verschillen());
    }

    public Vergelijking vergelijk(AuditRecord record, Regelset onder) {
        try {
            JsonNode oud = Eerdereantwoordvorm.vanNu(json.readTree(record.antwoord()));
            JsonNode nieuw = json.valueToTree(Adviseur.adviseer(onder, lezer.situatie(record.verzoek())));
            return new Vergelijking(oud, nieuw, JsonVerschil.tussen(oud, nieuw, JsonVerschil.VAN_NATURE_ANDERS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen antwoord van " + record.adviesId() + " is geen JSON", e);
        }
    }
}
