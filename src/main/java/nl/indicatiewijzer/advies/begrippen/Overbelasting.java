package nl.indicatiewijzer.advies.begrippen;

public enum Overbelasting {
    GEEN, DREIGEND, OVERBELAST
}
