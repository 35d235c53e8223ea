package nl.indicatiewijzer.regels.feiten;

/** A product the client's hulpvragen ask the regeling to consider, e.g. "BGI". */
public class Productvraag {
    private final String code;

    public Productvraag(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
