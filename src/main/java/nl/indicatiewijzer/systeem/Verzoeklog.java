package nl.indicatiewijzer.systeem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request gets a trace (W3C {@code traceparent} honoured, or a new one), echoed in the response
 * and put in the log context as traceId; every request is logged with method, path, status and time.
 * The path is logged as its template ({@code /api/v1/adviezen/{adviesId}}): never the body, the path
 * or query as sent, or the Authorization header, which can hold personal data.
 */
public class Verzoeklog {
    public static final String TRACE = "indicatiewijzer.trace";
    private static final String BEGIN = "indicatiewijzer.begin";
    private static final Logger LOG = Logger.getLogger(Verzoeklog.class);

    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = 1)
    public void begin(ContainerRequestContext verzoek) {
        Tracecontext trace = Tracecontext.uit(verzoek.getHeaderString("traceparent"));
        verzoek.setProperty(TRACE, trace);
        verzoek.setProperty(BEGIN, System.nanoTime());
        MDC.put("traceId", trace.traceId());
        MDC.put("spanId", trace.spanId());
    }

    @ServerResponseFilter
    public void eind(ContainerRequestContext verzoek, ContainerResponseContext antwoord, ResourceInfo bron) {
        Tracecontext trace = (Tracecontext) verzoek.getProperty(TRACE);
        if (trace == null) {
            return;
        }
        antwoord.getHeaders().putSingle("traceparent", trace.traceparent());
        Object begin = verzoek.getProperty(BEGIN);
        long ms = begin == null ? -1 : (System.nanoTime() - (Long) begin) / 1_000_000;
        LOG.infof("%s %s %d %d ms traceId=%s", verzoek.getMethod(), sjabloon(bron), antwoord.getStatus(), ms, trace.traceId());
        MDC.remove("traceId");
        MDC.remove("spanId");
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

    public static Tracecontext van(ContainerRequestContext verzoek) {
        Tracecontext trace = (Tracecontext) verzoek.getProperty(TRACE);
        return trace != null ? trace : Tracecontext.uit(null);
    }
}
