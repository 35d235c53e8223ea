package nl.indicatiewijzer.regels.feiten;

/** The extra minutes a week one Bijlage 3 raise code adds to individual begeleiding as a pgb (stede-broec). */
public class Ophoogminuten {
    private final String code;
    private final int minuten;

    public Ophoogminuten(String code, Number minuten) {
        this.code = code;
        this.minuten = minuten.intValue();
    }

    public String getCode() {
        return code;
    }

    public int getMinuten() {
        return minuten;
    }
}
