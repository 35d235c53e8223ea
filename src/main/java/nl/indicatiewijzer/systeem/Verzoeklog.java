package nl.indicatiewijzer.systeem;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request is logged with method, path, status, time and the traceId of its span (OpenTelemetry
 * takes a valid W3C {@code traceparent} over or starts a trace), and the response carries this
 * service's span as {@code traceparent}. The path is logged as its template
 * ({@code /api/v1/adviezen/{adviesId}}): never the body, the path or query as sent, or the
 * Authorization header, which can hold personal data.
 */
public class Verzoeklog {
    private static final String BEGIN = "indicatiewijzer.begin";
    private static final Logger LOG = Logger.getLogger(Verzoeklog.class);

    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = 1)
    public void begin(ContainerRequestContext verzoek) {
        verzoek.setProperty(BEGIN, System.nanoTime());
    }

    @ServerResponseFilter
    public void eind(ContainerRequestContext verzoek, ContainerResponseContext antwoord, ResourceInfo bron) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            antwoord.getHeaders().putSingle("traceparent",
                    "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex());
        }
        Object begin = verzoek.getProperty(BEGIN);
        long ms = begin == null ? -1 : (System.nanoTime() - (Long) begin) / 1_000_000;
        LOG.infof("%s %s %d %d ms traceId=%s", verzoek.getMethod(), sjabloon(bron), antwoord.getStatus(), ms,
                span.isValid() ? span.getTraceId() : "-");
    }

    /** The endpoint's path template, not the path itself: a path can carry what a caller typed. */
    private static String sjabloon(ResourceInfo bron) {
        if (bron == null || bron.getResourceClass() == null || bron.getResourceMethod() == null) {
            return "(geen endpoint)";
        }
        Path klasse = bron.getResourceClass().getAnnotation(Path.class);
        Path methode = bron.getResourceMethod().getAnnotation(Path.class);
        return (klasse == null ? "" : klasse.value()) + (methode == null ? "" : "/" + methode.value());
    }
}
