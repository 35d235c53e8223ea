package nl.indicatiewijzer.regels.feiten;

import nl.indicatiewijzer.advies.begrippen.Ernst;
import nl.indicatiewijzer.advies.begrippen.Leefgebied;

/** One leefgebied of the request with the severity of its problems. */
public class Problematiek {
    private final Leefgebied leefgebied;
    private final Ernst ernst;

    public Problematiek(Leefgebied leefgebied, Ernst ernst) {
        this.leefgebied = leefgebied;
        this.ernst = ernst;
    }

    public Leefgebied getLeefgebied() {
        return leefgebied;
    }

    public Ernst getErnst() {
        return ernst;
    }
}
