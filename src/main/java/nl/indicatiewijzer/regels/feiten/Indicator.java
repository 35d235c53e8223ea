package nl.indicatiewijzer.regels.feiten;

/**
 * One self-reliance indicator of the request with its value, by the contract's names, e.g.
 * ("zelfregie", "BEPERKT"): what an intensity table row matches on.
 */
public class Indicator {
    private final String naam;
    private final String waarde;

    public Indicator(String naam, String waarde) {
        this.naam = naam;
        this.waarde = waarde;
    }

    public String getNaam() {
        return naam;
    }

    public String getWaarde() {
        return waarde;
    }
}
