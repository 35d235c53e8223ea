package nl.indicatiewijzer.systeem;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * No personal data in a span: the path and query as sent, the caller's address and its user agent are
 * blanked as the span starts, before any exporter sees it. The endpoint stays known as its template
 * ({@code http.route} and the span's name), as in the request log.
 */
@ApplicationScoped
public class Spanfilter implements SpanProcessor {
    private static final List<AttributeKey<String>> WEG = List.of(AttributeKey.stringKey("url.path"),
            AttributeKey.stringKey("url.query"), AttributeKey.stringKey("url.full"), AttributeKey.stringKey("client.address"),
            AttributeKey.stringKey("network.peer.address"), AttributeKey.stringKey("user_agent.original"));

    @Override
    public void onStart(Context ouder, ReadWriteSpan span) {
        for (AttributeKey<String> sleutel : WEG) {
            if (span.getAttribute(sleutel) != null) {
                span.setAttribute(sleutel, "");
            }
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
