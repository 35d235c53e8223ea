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

    /** The server span of a trace: a span ends just after its response is sent, so wait for it a little. */
    public SpanData wachtOp(String traceId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (SpanData span : spans) {
                if (span.getTraceId().equals(traceId)) {
                    return span;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("geen span van trace " + traceId + " onder " + spans().stream().map(SpanData::getName).toList());
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
