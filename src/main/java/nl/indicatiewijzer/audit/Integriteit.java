package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of verifying the whole audit log: the number of records, the hash at its head (note
 * it elsewhere to detect a truncated log later), and the first record that breaks the chain.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Integriteit(boolean intact, long aantal, String kopHash, Breuk eersteBreuk) {

    public record Breuk(long volgnummer, String adviesId, String reden) {
    }
}
