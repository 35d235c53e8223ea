package nl.indicatiewijzer.beslistabel;

/**
 * A value as a DRL string literal, escaped by construction: the literal holds only printable ASCII.
 * Quote and backslash are escaped, newline, carriage return and tab by their letters, and every
 * other code unit as {@code \\uXXXX} (upper-case hex, the only form MVEL reads). So the value can
 * neither end the literal nor start a line, in the DRL parser, in MVEL (constraints and annotation
 * values) and in Java (consequences; Java turns {@code \\uXXXX} into the character before it lexes,
 * which is why quote, backslash, CR and LF never take that form).
 */
public final class Literaal {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Literaal() {
    }

    public static String van(String waarde) {
        StringBuilder uit = new StringBuilder(waarde.length() + 2).append('"');
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            switch (c) {
                case '"' -> uit.append("\\\"");
                case '\\' -> uit.append("\\\\");
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
