package nl.indicatiewijzer.beslistabel;

/**
 * A value as a DRL string literal, escaped by construction: the literal holds only printable ASCII.
 * The quote is escaped as {@code \"}, the backslash in octal ({@code \134}: Drools' own scanner of
 * a {@code modify} block takes every {@code \"} for an escaped quote, also the one after an escaped
 * backslash), newline, carriage return and tab by their letters, and every other code unit as
 * {@code \\uXXXX} (upper-case hex, the only form MVEL reads). So the value can neither end the
 * literal nor start a line, in the DRL parser, in MVEL (constraints and annotation values) and in Java
 * (consequences; Java turns {@code \\uXXXX} into the character before it lexes, which is why quote,
 * backslash, CR and LF never take that form).
 * <p>
 * U+0000 has no literal: MVEL unescapes a string by marking each consumed escape character with U+0000 and then
 * dropping the marks, so a U+0000 in the text moves to its end ({@code "a\u0000b"} came back as
 * {@code "ab\u0000"}). {@link #van} refuses it; the table readers refuse every control character before.
 */
public final class Literaal {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Literaal() {
    }

    /** The length of {@link #van}, without writing it. */
    public static long lengte(String waarde) {
        long lengte = 2;
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            lengte += c == '"' || c == '\n' || c == '\r' || c == '\t' ? 2 : c == '\\' ? 4 : c >= 0x20 && c < 0x7F ? 1 : 6;
        }
        return lengte;
    }

    public static String van(String waarde) {
        if (waarde.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("U+0000 kan niet in een DRL-tekst");
        }
        StringBuilder uit = new StringBuilder(waarde.length() + 2).append('"');
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            switch (c) {
                case '"' -> uit.append("\\\"");
                case '\\' -> uit.append("\\134");
                case '\n' -> uit.append("\\n");
                case '\r' -> uit.append("\\r");
                case '\t' -> uit.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        uit.append(c);
                    } else {
                        uit.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    }
                }
            }
        }
        return uit.append('"').toString();
    }
}
