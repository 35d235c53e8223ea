package nl.indicatiewijzer.advies.begrippen;

public enum Belastbaarheid {
    GOED, MINIMAAL_BEPERKT, BEPERKT
}
