package nl.indicatiewijzer.beslistabel;

/**
 * A workbook that is refused before any of its cells is looked at: not a workbook, too large once
 * unpacked, more rows, cells or strings than a decision table can have, macros, external links. The
 * message is Dutch, for the policy worker who uploaded it; {@code blad} and {@code cel} say where, when known.
 */
public class OnleesbareWerkmap extends Exception {
    private final String blad;
    private final String cel;

    public OnleesbareWerkmap(String melding) {
        this(melding, null, null);
    }

    public OnleesbareWerkmap(String melding, String blad, String cel) {
        super(melding, null, false, false);
        this.blad = blad;
        this.cel = cel;
    }

    public String blad() {
        return blad;
    }

    public String cel() {
        return cel;
    }
}
