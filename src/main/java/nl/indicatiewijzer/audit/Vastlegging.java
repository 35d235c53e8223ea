package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import nl.indicatiewijzer.advies.Adviesopslag;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.systeem.Gebruiker;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Puts an answered advice in the audit log: its client reference hashed, with the processing activity and trace it belongs to. */
@ApplicationScoped
public class Vastlegging implements Adviesopslag {
    private final AuditLog auditLog;
    private final ClientReferentieHasher hasher;
    private final ObjectMapper json;
    private final String verwerkingsactiviteit;

    public Vastlegging(AuditLog auditLog, ClientReferentieHasher hasher, ObjectMapper json,
            @ConfigProperty(name = "indicatiewijzer.verwerkingsactiviteit", defaultValue = "wmo-maatwerkvoorziening-begeleiding")
            String verwerkingsactiviteit) {
        this.auditLog = auditLog;
        this.hasher = hasher;
        this.json = json;
        this.verwerkingsactiviteit = verwerkingsactiviteit;
    }

    @Override
    public CompletionStage<AuditRecord> legVast(Advies advies, ObjectNode verzoek, String antwoord, Gebruiker gebruiker, String rol) {
        String clientHash = null;
        if (verzoek.hasNonNull("clientReferentie")) {
            clientHash = hasher.hash(verzoek.get("clientReferentie").asText());
            verzoek.put("clientReferentie", "hmac-sha256:" + clientHash);
        }
        return auditLog.legVast(new NieuwAdvies(advies.adviesId().toString(), advies.tijdstip(), advies.regeling(), advies.regelsetVersie(),
                advies.uitkomst().name(), gebruiker.naam(), rol, clientHash, schrijf(verzoek), antwoord,
                Verwerking.binnenHuidigeSpan(verwerkingsactiviteit)));
    }

    private String schrijf(ObjectNode verzoek) {
        try {
            return json.writeValueAsString(verzoek);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
