package nl.indicatiewijzer.systeem;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/** The test's exporter: the last ended spans, as an exporter would receive them. */
@ApplicationScoped
public class Spanopname implements SpanProcessor {
    private final ConcurrentLinkedDeque<SpanData> spans = new ConcurrentLinkedDeque<>();

    public List<SpanData> spans() {
        return new ArrayList<>(spans);
    }

    @Override
    public void onStart(Context ouder, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        spans.addLast(span.toSpanData());
        while (spans.size() > 200) {
            spans.pollFirst();
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }
}
