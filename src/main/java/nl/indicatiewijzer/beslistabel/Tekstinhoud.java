package nl.indicatiewijzer.beslistabel;

import java.util.function.Supplier;

/**
 * The text of a shared string (ECMA-376 Part 1, 18.4.8 si) or an inline string (18.3.1.53 is): one t,
 * or rich-text runs (r) each with a t. Phonetic runs (rPh) are a reading aid above the text, not text.
 * A t beside runs, or a second t, is refused: POI shows only the runs or the first t.
 */
final class Tekstinhoud {

    private Tekstinhoud() {
    }

    /** Reads the current si or is element to its end; refused beyond the characters a cell may hold. */
    static String lees(Xmllezer xml, Supplier<OnleesbareWerkmap> teLang) throws OnleesbareWerkmap {
        int eigen = xml.diepte();
        StringBuilder tekst = new StringBuilder();
        boolean t = false;
        boolean runs = false;
        while (xml.volgende() && xml.diepte() >= eigen) {
            if (xml.isBegin("t") && xml.diepte() == eigen + 1) {
                if (t || runs) {
                    throw xml.tweeKeer("t");
                }
                t = true;
                tekst.append(xml.tekst(Grenzen.TEKENS_PER_TEKST - tekst.length(), teLang));
            } else if (xml.isBegin("r") && xml.diepte() == eigen + 1) {
                if (t) {
                    throw xml.tweeKeer("t");
                }
                runs = true;
                leesRun(xml, tekst, teLang);
            } else if (xml.isBegin()) {
                xml.slaOver();
            }
        }
        return ontsnap(tekst);
    }

    /** One rich-text run (18.4.4 r): its properties (rPr) and its one t. */
    private static void leesRun(Xmllezer xml, StringBuilder tekst, Supplier<OnleesbareWerkmap> teLang) throws OnleesbareWerkmap {
        int eigen = xml.diepte();
        boolean t = false;
        while (xml.volgende() && xml.diepte() >= eigen) {
            if (xml.isBegin("t")) {
                if (t) {
                    throw xml.tweeKeer("t");
                }
                t = true;
                tekst.append(xml.tekst(Grenzen.TEKENS_PER_TEKST - tekst.length(), teLang));
            } else if (xml.isBegin()) {
                xml.slaOver();
            }
        }
    }

    /**
     * The text with each _xHHHH_ replaced by the character it escapes (ECMA-376 Part 1, 22.9.2.19
     * ST_Xstring): Excel writes a carriage return as _x000D_, and an underscore that would start such an
     * escape as _x005F_. H is an ASCII hex digit only; anything else stays the text it is, as Excel and
     * POI show it.
     */
    static String ontsnap(CharSequence tekst) {
        StringBuilder uit = null;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            int teken = c == '_' && i + 6 < tekst.length() && tekst.charAt(i + 1) == 'x' && tekst.charAt(i + 6) == '_'
                    ? hex(tekst, i + 2, i + 6) : -1;
            if (teken >= 0) {
                if (uit == null) {
                    uit = new StringBuilder(tekst.length()).append(tekst, 0, i);
                }
                uit.append((char) teken);
                i += 6;
            } else if (uit != null) {
                uit.append(c);
            }
        }
        return uit == null ? tekst.toString() : uit.toString();
    }

    /** The value of the ASCII hex digits [0-9A-Fa-f] from {@code van} to {@code tot}, or -1 when one is not. */
    private static int hex(CharSequence tekst, int van, int tot) {
        int waarde = 0;
        for (int i = van; i < tot; i++) {
            char c = tekst.charAt(i);
            int cijfer = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (cijfer < 0) {
                return -1;
            }
            waarde = waarde * 16 + cijfer;
        }
        return waarde;
    }
}
