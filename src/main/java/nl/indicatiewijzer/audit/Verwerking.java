package nl.indicatiewijzer.audit;

/**
 * Where a decision sits in the Logius standard "Logboek dataverwerkingen": the processing activity it
 * belongs to (an identifier from the municipality's register of processing activities), and the
 * trace and span of the request that made it (W3C Trace Context, as the standard builds on).
 */
public record Verwerking(String activiteit, String traceId, String spanId, String ouderSpanId) {
}
