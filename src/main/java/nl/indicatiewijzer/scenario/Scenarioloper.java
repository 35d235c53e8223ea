package nl.indicatiewijzer.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.advies.Adviseur;
import nl.indicatiewijzer.advies.Verzoeklezer;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.Vuurtelling;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import org.jboss.logging.Logger;

/**
 * Runs a regeling's scenario cases against a rule set inside the service, as the endpoint would
 * answer them but without storing anything: before a candidate may be activated.
 */
@ApplicationScoped
public class Scenarioloper {
    private static final Logger LOG = Logger.getLogger(Scenarioloper.class);
    private final Verzoeklezer lezer;
    private final ObjectMapper json;

    public Scenarioloper(Verzoeklezer lezer, ObjectMapper json) {
        this.lezer = lezer;
        this.json = json;
    }

    /** Runs the cases of {@code regelset}'s regeling; cases of other regelingen in the files are left out. */
    public Scenarioresultaat draai(Regelset regelset, List<Scenario> scenarios) {
        return draai(regelset, scenarios, null);
    }

    /** The same, counting in {@code telling} each rule the cases fire (for the {@link Dekking}). */
    public Scenarioresultaat draai(Regelset regelset, List<Scenario> scenarios, Vuurtelling telling) {
        int geslaagd = 0;
        List<Scenarioresultaat.Mislukking> mislukt = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (Verzoeklezer.regelingVan(s.verzoek()) != regelset.regeling()) {
                continue;
            }
            List<Afwijking> afwijkingen = toets(s, regelset, telling);
            if (afwijkingen.isEmpty()) {
                geslaagd++;
            } else {
                mislukt.add(new Scenarioresultaat.Mislukking(s.bestand(), s.naam(), afwijkingen));
            }
        }
        return new Scenarioresultaat(geslaagd, mislukt.size(), mislukt);
    }

    /** Which rules and table rows the regeling's cases fire, and how often. */
    public Dekking dekking(Regelset regelset, List<Scenario> scenarios) {
        Vuurtelling telling = new Vuurtelling();
        Scenarioresultaat resultaat = draai(regelset, scenarios, telling);
        return Dekking.van(regelset, resultaat.geslaagd() + resultaat.mislukt(), telling);
    }

    private List<Afwijking> toets(Scenario s, Regelset regelset, Vuurtelling telling) {
        int status = 200;
        JsonNode antwoord;
        try {
            JsonNode verzoek = s.verzoek().deepCopy();
            Verzoeklezer.beoordeel(verzoek);
            antwoord = json.valueToTree(Adviseur.beantwoord(regelset, lezer.situatie(verzoek), telling));
        } catch (OngeldigVerzoekException e) {
            status = 400;
            antwoord = json.createObjectNode().set("invalidParams", json.valueToTree(e.fouten()));
        } catch (NietBeschikbaarException e) {
            status = e.status();
            antwoord = json.createObjectNode().put("detail", e.getMessage());
        } catch (RuntimeException e) {
            // the case's naam is uploaded text: only the file name, held to safe characters by Uploadcontrole, reaches the log
            LOG.warn("De regels faalden op een voorbeeldgeval in " + s.bestand(), e);
            status = 500;
            antwoord = json.createObjectNode().put("detail", "de regels faalden; de fout staat in het log van de service");
        }
        return Verwachting.toets(s.verwacht(), status, antwoord);
    }
}
