package nl.indicatiewijzer.regels.feiten;

import java.time.LocalDate;

/**
 * A perceel the rules consider for the client. The perceel table fills in its name, duration and
 * purchase period; the rule with the highest voorrang among the candidates chooses it.
 */
public class Perceel {
    private final int nummer;
    private final int voorrang;
    private String naam;
    private Integer maxDuurMaanden;
    private LocalDate ingekochtVanaf;
    private LocalDate ingekochtTotEnMet;
    private boolean gekozen;

    public Perceel(int nummer, int voorrang) {
        this(nummer, voorrang, false);
    }

    public Perceel(int nummer, int voorrang, boolean gekozen) {
        this.nummer = nummer;
        this.voorrang = voorrang;
        this.gekozen = gekozen;
    }

    public boolean isIngekochtOp(LocalDate datum) {
        return (ingekochtVanaf == null || !datum.isBefore(ingekochtVanaf))
                && (ingekochtTotEnMet == null || !datum.isAfter(ingekochtTotEnMet));
    }

    public boolean isBeschreven() {
        return naam != null;
    }

    public int getNummer() {
        return nummer;
    }

    public int getVoorrang() {
        return voorrang;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public Integer getMaxDuurMaanden() {
        return maxDuurMaanden;
    }

    public void setMaxDuurMaanden(Integer maxDuurMaanden) {
        this.maxDuurMaanden = maxDuurMaanden;
    }

    public LocalDate getIngekochtVanaf() {
        return ingekochtVanaf;
    }

    public void setIngekochtVanaf(String datum) {
        this.ingekochtVanaf = LocalDate.parse(datum);
    }

    public LocalDate getIngekochtTotEnMet() {
        return ingekochtTotEnMet;
    }

    public void setIngekochtTotEnMet(String datum) {
        this.ingekochtTotEnMet = LocalDate.parse(datum);
    }

    public boolean isGekozen() {
        return gekozen;
    }

    public void setGekozen(boolean gekozen) {
        this.gekozen = gekozen;
    }
}
