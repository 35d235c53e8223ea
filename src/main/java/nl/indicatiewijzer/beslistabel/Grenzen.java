package nl.indicatiewijzer.beslistabel;

/**
 * What a decision table may hold, checked while the workbook is being read: a workbook beyond any of
 * these is refused before the next byte is read. A real table of the project stays far below each.
 */
final class Grenzen {
    static final int ONDERDELEN = 200;
    static final int BLADEN = 20;
    static final int RIJEN = 2_000;
    static final int KOLOMMEN = 64;
    static final int GEVULDE_CELLEN = 20_000;
    static final int GEDEELDE_TEKSTEN = 10_000;
    static final int TEKENS_PER_TEKST = 4_000;
    static final int TEKENS_GEDEELDE_TEKSTEN = 1_000_000;
    /** cellXfs and numFmts together. */
    static final int STIJLEN = 4_000;
    static final long BYTES_PER_ONDERDEEL = 20L * 1024 * 1024;
    static final long BYTES_TOTAAL = 40L * 1024 * 1024;

    /**
     * What all data values of a workbook take in its DRL, escaped (one text may fill many cells, and
     * one character may take six): the DRL written from one upload stays this size plus its code.
     */
    static final int TEKENS_IN_WAARDEN = 1_000_000;

    /** Relationships of the workbook and defined names: a decision table has a handful. */
    static final int RELATIES = ONDERDELEN;
    static final int NAMEN = 1_000;

    /** The shape of the XML, so that the parser's own memory stays small too. */
    static final int XML_DIEPTE = 64;
    /** Distinct element, attribute and namespace names (the parser keeps each it has seen) per part. */
    static final int XML_NAMEN = 1_000;
    static final int XML_TEKENS_IN_NAMEN = 64_000;
    /** Characters between two '<': bounds a start tag with its attributes, which the parser holds whole. */
    static final int XML_TEKENS_TUSSEN_MARKUP = 1_000_000;

    /** Excel's own sheet size: beyond it a reference is not a cell at all. */
    static final int EXCEL_RIJEN = 1_048_576;
    static final int EXCEL_KOLOMMEN = 16_384;

    private Grenzen() {
    }
}
