package nl.indicatiewijzer.regels.feiten;

import nl.indicatiewijzer.advies.begrippen.Verwijzingsdoel;

/**
 * A referral to another law or contract. Its reason is the text of the rule that made it.
 * An afsluitende referral ends the evaluation: nothing else of the regeling applies.
 */
public class Verwijzing {
    private final Verwijzingsdoel naar;
    private final boolean afsluitend;

    public Verwijzing(Verwijzingsdoel naar, boolean afsluitend) {
        this.naar = naar;
        this.afsluitend = afsluitend;
    }

    public Verwijzingsdoel getNaar() {
        return naar;
    }

    public boolean isAfsluitend() {
        return afsluitend;
    }
}
