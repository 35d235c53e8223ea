package nl.indicatiewijzer.regels.feiten;

/** A result area of household help the client needs help with, by its contract code (stede-broec Bijlage 2). */
public class NodigResultaatgebied {
    private final String code;

    public NodigResultaatgebied(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
