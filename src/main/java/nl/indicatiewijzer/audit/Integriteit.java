package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The result of verifying the whole audit log: the number of records, the hash at its head, the first
 * record that breaks the chain, the archived rule-set versions whose files no longer hash to their id, and the signed checkpoint of the log now: an auditor saves this answer
 * and later posts it back to {@code POST /api/v1/adviezen/integriteit/controle}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Integriteit(boolean intact, long aantal, String kopHash, Breuk eersteBreuk, List<String> afwijkendeVersies,
        Controlepunt controlepunt) {

    Integriteit met(Controlepunt punt) {
        return new Integriteit(intact, aantal, kopHash, eersteBreuk, afwijkendeVersies, punt);
    }

    public record Breuk(long volgnummer, String adviesId, String reden) {
    }
}
