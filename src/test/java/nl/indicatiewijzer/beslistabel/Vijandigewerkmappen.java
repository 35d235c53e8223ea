package nl.indicatiewijzer.beslistabel;

import java.io.IOException;

/** Hostile workbooks for the tests of other packages (the HTTP upload, the service at -Xmx256m). */
public final class Vijandigewerkmappen {
    private Vijandigewerkmappen() {
    }

    /** About 4 MB zipped; xl/sharedStrings.xml unpacks to some 40 MB with 900,000 strings. */
    public static byte[] tekstenbom() throws IOException {
        return VijandigeWerkmapTest.tekstenbom(false);
    }
}
