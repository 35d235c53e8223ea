package nl.indicatiewijzer.systeem;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * W3C Trace Context for one request: the caller's trace id and span (from {@code traceparent}) when
 * it sent a valid one, a new trace otherwise, and this service's own span within it.
 */
public record Tracecontext(String traceId, String spanId, String ouderSpanId, String vlaggen) {
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final SecureRandom TOEVAL = new SecureRandom();

    public static Tracecontext uit(String traceparent) {
        Matcher m = traceparent == null ? null : TRACEPARENT.matcher(traceparent.strip());
        if (m != null && m.matches() && !m.group(1).equals("0".repeat(32)) && !m.group(2).equals("0".repeat(16))) {
            return new Tracecontext(m.group(1), willekeurig(8), m.group(2), m.group(3));
        }
        return new Tracecontext(willekeurig(16), willekeurig(8), null, "01");
    }

    /** The traceparent this service passes on and echoes: the same trace, its own span. */
    public String traceparent() {
        return "00-" + traceId + "-" + spanId + "-" + vlaggen;
    }

    private static String willekeurig(int bytes) {
        byte[] b = new byte[bytes];
        TOEVAL.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
