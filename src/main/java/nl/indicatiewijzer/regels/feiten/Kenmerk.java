package nl.indicatiewijzer.regels.feiten;

import nl.indicatiewijzer.advies.begrippen.KenmerkComplex;

/** A kenmerk of complex multiple problems that is present or at great risk of occurring. */
public class Kenmerk {
    private final KenmerkComplex kenmerk;

    public Kenmerk(KenmerkComplex kenmerk) {
        this.kenmerk = kenmerk;
    }

    public KenmerkComplex getKenmerk() {
        return kenmerk;
    }
}
