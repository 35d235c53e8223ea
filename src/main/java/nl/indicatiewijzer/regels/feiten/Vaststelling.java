package nl.indicatiewijzer.regels.feiten;

/** What a classification rule established about the client, e.g. ("KENMERKEN_COMPLEX", 4). */
public class Vaststelling {
    private final String code;
    private final int waarde;

    public Vaststelling(String code, Number waarde) {
        this.code = code;
        this.waarde = waarde.intValue();
    }

    public Vaststelling(String code) {
        this(code, 1);
    }

    public String getCode() {
        return code;
    }

    public int getWaarde() {
        return waarde;
    }
}
