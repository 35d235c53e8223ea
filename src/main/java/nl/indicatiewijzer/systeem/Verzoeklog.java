package nl.indicatiewijzer.systeem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request gets a trace (W3C {@code traceparent} honoured, or a new one), echoed in the response
 * and put in the log context as traceId; every request is logged with method, path, status and time.
 * Never the body, the query string or the Authorization header: those can hold personal data.
 */
public class Verzoeklog {
    public static final String TRACE = "indicatiewijzer.trace";
    private static final String BEGIN = "indicatiewijzer.begin";
    private static final Logger LOG = Logger.getLogger(Verzoeklog.class);

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void begin(ContainerRequestContext verzoek) {
        Tracecontext trace = Tracecontext.uit(verzoek.getHeaderString("traceparent"));
        verzoek.setProperty(TRACE, trace);
        verzoek.setProperty(BEGIN, System.nanoTime());
        MDC.put("traceId", trace.traceId());
        MDC.put("spanId", trace.spanId());
    }

    @ServerResponseFilter
    public void eind(ContainerRequestContext verzoek, ContainerResponseContext antwoord) {
        Tracecontext trace = (Tracecontext) verzoek.getProperty(TRACE);
        if (trace == null) {
            return;
        }
        antwoord.getHeaders().putSingle("traceparent", trace.traceparent());
        Object begin = verzoek.getProperty(BEGIN);
        long ms = begin == null ? -1 : (System.nanoTime() - (Long) begin) / 1_000_000;
        LOG.infof("%s %s %d %d ms traceId=%s", verzoek.getMethod(), verzoek.getUriInfo().getPath(), antwoord.getStatus(), ms,
                trace.traceId());
        MDC.remove("traceId");
        MDC.remove("spanId");
    }

    public static Tracecontext van(ContainerRequestContext verzoek) {
        Tracecontext trace = (Tracecontext) verzoek.getProperty(TRACE);
        return trace != null ? trace : Tracecontext.uit(null);
    }
}
