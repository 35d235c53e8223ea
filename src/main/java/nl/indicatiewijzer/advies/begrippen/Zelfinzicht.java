package nl.indicatiewijzer.advies.begrippen;

public enum Zelfinzicht {
    GOED, BEPERKT, GEEN
}
