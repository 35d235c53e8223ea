package nl.indicatiewijzer.regels.feiten;

import nl.indicatiewijzer.advies.begrippen.Grondslag;

/** The grondslag that decides the product variant: the given dominant one, or the only one. */
public class DominanteGrondslag {
    private final Grondslag grondslag;

    public DominanteGrondslag(Grondslag grondslag) {
        this.grondslag = grondslag;
    }

    public Grondslag getGrondslag() {
        return grondslag;
    }
}
