package nl.indicatiewijzer.regels.feiten;

/** An indicator the intensity table of the client's profile reads (stede-broec Bijlage 1). */
public class Criterium {
    private final String indicator;

    public Criterium(String indicator) {
        this.indicator = indicator;
    }

    public String getIndicator() {
        return indicator;
    }
}
