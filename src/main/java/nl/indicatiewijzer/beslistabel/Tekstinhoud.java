package nl.indicatiewijzer.beslistabel;

import java.util.function.Supplier;

/**
 * The text of a shared string (ECMA-376 Part 1, 18.4.8 si) or an inline string (18.3.1.53 is): one t,
 * or rich-text runs (r) each with a t. Phonetic runs (rPh) are a reading aid above the text, not text.
 */
final class Tekstinhoud {

    private Tekstinhoud() {
    }

    /** Reads the current si or is element to its end; refused beyond the characters a cell may hold. */
    static String lees(Xmllezer xml, Supplier<OnleesbareWerkmap> teLang) throws OnleesbareWerkmap {
        int eigen = xml.diepte();
        StringBuilder tekst = new StringBuilder();
        while (xml.volgende() && xml.diepte() >= eigen) {
            if (xml.isBegin("t")) {
                tekst.append(xml.tekst(Grenzen.TEKENS_PER_TEKST - tekst.length(), teLang));
            } else if (xml.isBegin() && !(xml.isBegin("r") && xml.diepte() == eigen + 1)) {
                xml.slaOver();
            }
        }
        return ontsnap(tekst);
    }

    /**
     * The text with each _xHHHH_ replaced by the character it escapes (ECMA-376 Part 1, 22.9.2.19
     * ST_Xstring): Excel writes a carriage return as _x000D_, and an underscore that would start such an
     * escape as _x005F_.
     */
    static String ontsnap(CharSequence tekst) {
        StringBuilder uit = null;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c == '_' && i + 6 < tekst.length() && tekst.charAt(i + 1) == 'x' && tekst.charAt(i + 6) == '_'
                    && hex(tekst, i + 2, i + 6)) {
                if (uit == null) {
                    uit = new StringBuilder(tekst.length()).append(tekst, 0, i);
                }
                uit.append((char) Integer.parseInt(tekst, i + 2, i + 6, 16));
                i += 6;
            } else if (uit != null) {
                uit.append(c);
            }
        }
        return uit == null ? tekst.toString() : uit.toString();
    }

    private static boolean hex(CharSequence tekst, int van, int tot) {
        for (int i = van; i < tot; i++) {
            if (Character.digit(tekst.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
