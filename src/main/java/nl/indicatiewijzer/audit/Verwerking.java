package nl.indicatiewijzer.audit;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.trace.ReadableSpan;

/**
 * Where a decision sits in the Logius standard "Logboek dataverwerkingen": the processing activity it
 * belongs to (an identifier from the municipality's register of processing activities), and the
 * trace and span of the request that made it (W3C Trace Context, as the standard builds on).
 */
public record Verwerking(String activiteit, String traceId, String spanId, String ouderSpanId) {

    /** The processing activity within the current OpenTelemetry span: the request's server span. */
    public static Verwerking binnenHuidigeSpan(String activiteit) {
        Span span = Span.current();
        SpanContext context = span.getSpanContext();
        if (!context.isValid()) {
            return new Verwerking(activiteit, null, null, null);
        }
        SpanContext ouder = span instanceof ReadableSpan leesbaar ? leesbaar.getParentSpanContext() : SpanContext.getInvalid();
        return new Verwerking(activiteit, context.getTraceId(), context.getSpanId(), ouder.isValid() ? ouder.getSpanId() : null);
    }
}
