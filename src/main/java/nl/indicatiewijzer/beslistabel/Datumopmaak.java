package nl.indicatiewijzer.beslistabel;

/**
 * Whether a number format shows the number as a date (or a time of day). Built-in formats are known by
 * id: 14-22 and 45-47 (ECMA-376 Part 1, 18.8.30 numFmt), 27-36 and 50-58 (the East Asian date formats
 * Excel adds). A format code shows a date when it has a day, month or year (d, m, y) outside quoted text,
 * brackets and escaped characters; a duration ([h]:mm, [mm]:ss) shows a number of hours, not a date.
 */
final class Datumopmaak {

    private Datumopmaak() {
    }

    static boolean ingebouwd(int id) {
        return id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58;
    }

    static boolean code(String code) {
        boolean datum = false;
        for (int i = 0; i < code.length(); i++) {
            switch (code.charAt(i)) {
                case '"' -> i = einde(code, '"', i);
                // an escaped character, the width of a character (_), a character repeated to fill (*)
                case '\\', '_', '*' -> i++;
                case '[' -> {
                    int eind = einde(code, ']', i);
                    if (code.substring(i + 1, eind).matches("(?i)h+|m+|s+")) {
                        return false;
                    }
                    i = eind;
                }
                case 'd', 'D', 'm', 'M', 'y', 'Y' -> datum = true;
                default -> {
                }
            }
        }
        return datum;
    }

    private static int einde(String code, char teken, int van) {
        int eind = code.indexOf(teken, van + 1);
        return eind < 0 ? code.length() : eind;
    }
}
