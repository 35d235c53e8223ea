package nl.indicatiewijzer.advies.begrippen;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Intensiteit {
    A,
    B,
    @JsonProperty("B+")
    B_PLUS,
    C
}
