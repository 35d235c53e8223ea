package nl.indicatiewijzer.regels.feiten;

import org.kie.api.definition.type.PropertyReactive;

/**
 * The one arrangement of a client (stede-broec art. 8): a profile and an intensity, with what the
 * arrangement table says of that combination, and, as pgb, the hours and the pgb level.
 * Property reactive: setting the hours or the pgb level does not fire again the rules that only read the
 * profile and intensity (the arrangement line stood three times in the motivering).
 */
@PropertyReactive
public class Arrangement {
    private final int profiel;
    private final String intensiteit;
    private String toestand;
    private String perspectief;
    private String duur;
    private String evaluatiemoment;
    private Integer groepsgrootte;
    private Boolean lichteDagbestedingMogelijk;
    private Integer minutenPerWeek;
    private String pgbNiveau;
    private Integer huishoudenMinutenPerWeek;

    public Arrangement(int profiel, String intensiteit) {
        this.profiel = profiel;
        this.intensiteit = intensiteit;
    }

    public String getCode() {
        return Profiel.afkorting(profiel) + "-" + intensiteit;
    }

    public int getProfiel() {
        return profiel;
    }

    public String getIntensiteit() {
        return intensiteit;
    }

    public String getToestand() {
        return toestand;
    }

    public void setToestand(String toestand) {
        this.toestand = toestand;
    }

    public String getPerspectief() {
        return perspectief;
    }

    public void setPerspectief(String perspectief) {
        this.perspectief = perspectief;
    }

    public String getDuur() {
        return duur;
    }

    public void setDuur(String duur) {
        this.duur = duur;
    }

    public String getEvaluatiemoment() {
        return evaluatiemoment;
    }

    public void setEvaluatiemoment(String evaluatiemoment) {
        this.evaluatiemoment = evaluatiemoment;
    }

    public Integer getGroepsgrootte() {
        return groepsgrootte;
    }

    public void setGroepsgrootte(Integer groepsgrootte) {
        this.groepsgrootte = groepsgrootte;
    }

    public Boolean getLichteDagbestedingMogelijk() {
        return lichteDagbestedingMogelijk;
    }

    /** From the arrangement table: "ja" or "nee". */
    public void setLichteDagbestedingMogelijk(String janee) {
        this.lichteDagbestedingMogelijk = switch (janee.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "ja" -> true;
            case "nee" -> false;
            default -> throw new IllegalArgumentException("'ja' of 'nee' verwacht, niet '" + janee + "'");
        };
    }

    public Integer getMinutenPerWeek() {
        return minutenPerWeek;
    }

    public void setMinutenPerWeek(Integer minutenPerWeek) {
        this.minutenPerWeek = minutenPerWeek;
    }

    public String getPgbNiveau() {
        return pgbNiveau;
    }

    public void setPgbNiveau(String pgbNiveau) {
        this.pgbNiveau = pgbNiveau;
    }

    public Integer getHuishoudenMinutenPerWeek() {
        return huishoudenMinutenPerWeek;
    }

    public void setHuishoudenMinutenPerWeek(Integer huishoudenMinutenPerWeek) {
        this.huishoudenMinutenPerWeek = huishoudenMinutenPerWeek;
    }
}
