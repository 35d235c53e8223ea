package nl.indicatiewijzer.regels.feiten;

/**
 * Minutes a week of household help (stede-broec Bijlage 2): a base norm of a result area, or an
 * extra ("toeslag") that counts {@code aantal} times, e.g. once per child.
 */
public class Normtijd {
    private final String onderdeel;
    private final int aantal;
    private Integer minuten;

    public Normtijd(String onderdeel, Number aantal) {
        this.onderdeel = onderdeel;
        this.aantal = aantal.intValue();
    }

    public Normtijd(String onderdeel, Number aantal, Number minuten) {
        this(onderdeel, aantal);
        this.minuten = minuten.intValue();
    }

    public String getOnderdeel() {
        return onderdeel;
    }

    public int getAantal() {
        return aantal;
    }

    public Integer getMinuten() {
        return minuten;
    }

    public void setMinuten(Integer minuten) {
        this.minuten = minuten;
    }

    public int getTotaal() {
        return minuten == null ? 0 : minuten * aantal;
    }
}
