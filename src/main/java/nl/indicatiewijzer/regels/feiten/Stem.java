package nl.indicatiewijzer.regels.feiten;

/**
 * A row of an intensity table that matched: this indicator of the client points to that intensity
 * column of the profile (stede-broec Bijlage 1).
 */
public class Stem {
    private final String intensiteit;
    private final String indicator;

    public Stem(String intensiteit, String indicator) {
        this.intensiteit = intensiteit;
        this.indicator = indicator;
    }

    public String getIntensiteit() {
        return intensiteit;
    }

    public String getIndicator() {
        return indicator;
    }
}
