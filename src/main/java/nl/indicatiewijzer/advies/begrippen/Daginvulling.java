package nl.indicatiewijzer.advies.begrippen;

public enum Daginvulling {
    STABIEL, JA, BEPERKT, AFNEMEND, GEEN
}
