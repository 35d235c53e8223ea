package nl.indicatiewijzer.beslistabel;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Refuses a part with more characters between two '<' than a tag or a text of a decision table can have. */
final class Markupgrens extends FilterReader {
    private final String onderdeel;
    private final char[] een = new char[1];
    private int sindsKleinerDan;

    Markupgrens(Reader in, String onderdeel) {
        super(in);
        this.onderdeel = onderdeel;
    }

    @Override
    public int read() throws IOException {
        return read(een, 0, 1) > 0 ? een[0] : -1;
    }

    @Override
    public int read(char[] tekens, int van, int lengte) throws IOException {
        int n = in.read(tekens, van, lengte);
        for (int i = van; i < van + n; i++) {
            if (tekens[i] == '<') {
                sindsKleinerDan = 0;
            } else if (++sindsKleinerDan > Grenzen.XML_TEKENS_TUSSEN_MARKUP) {
                throw new Zipdoorloop.Afgebroken(Weigering.vreemdeXml(onderdeel,
                        "met een tag of tekst van meer dan " + Grenzen.XML_TEKENS_TUSSEN_MARKUP + " tekens"));
            }
        }
        return n;
    }
}
