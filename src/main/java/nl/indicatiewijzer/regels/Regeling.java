package nl.indicatiewijzer.regels;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The five regelingen, one per seed document (REGELINGEN.md). */
public enum Regeling {
    @JsonProperty("mlw-mer")
    MLW_MER("mlw-mer"),
    @JsonProperty("stede-broec")
    STEDE_BROEC("stede-broec"),
    @JsonProperty("bkb24")
    BKB24("bkb24"),
    @JsonProperty("bijlage5")
    BIJLAGE5("bijlage5"),
    @JsonProperty("tsd")
    TSD("tsd");

    private final String code;

    Regeling(String code) {
        this.code = code;
    }

    /** The name used in the contract, in URLs and as the folder under rules/ and decision-tables/. */
    public String code() {
        return code;
    }

    public static Regeling vanCode(String code) {
        for (Regeling r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return code;
    }
}
