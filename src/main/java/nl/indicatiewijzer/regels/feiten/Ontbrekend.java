package nl.indicatiewijzer.regels.feiten;

/** A request field a rule needs in order to choose, which the request does not give. */
public class Ontbrekend {
    private final String veld;

    public Ontbrekend(String veld) {
        this.veld = veld;
    }

    public String getVeld() {
        return veld;
    }
}
