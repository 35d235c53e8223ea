package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of verifying the whole audit log: the number of records, the hash at its head, the first
 * record that breaks the chain, and the signed checkpoint of the log now: an auditor saves this answer
 * and later posts it back to {@code POST /api/v1/adviezen/integriteit/controle}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Integriteit(boolean intact, long aantal, String kopHash, Breuk eersteBreuk, Controlepunt controlepunt) {

    Integriteit(boolean intact, long aantal, String kopHash, Breuk eersteBreuk) {
        this(intact, aantal, kopHash, eersteBreuk, null);
    }

    Integriteit met(Controlepunt punt) {
        return new Integriteit(intact, aantal, kopHash, eersteBreuk, punt);
    }

    public record Breuk(long volgnummer, String adviesId, String reden) {
    }
}
