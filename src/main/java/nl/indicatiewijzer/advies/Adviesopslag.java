package nl.indicatiewijzer.advies;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletionStage;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.systeem.Gebruiker;

/** Where an advice is stored before it is answered (the audit log implements it). */
public interface Adviesopslag {
    /**
     * Stores the advice durably with its request and the exact answer. The stage completes once it is durable, or
     * fails with a 503: an advice that is not stored is not given. The stored request keeps a client reference only
     * as its keyed hash.
     */
    CompletionStage<?> legVast(Advies advies, ObjectNode verzoek, String antwoord, Gebruiker gebruiker, String rol);
}
