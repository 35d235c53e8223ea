package nl.indicatiewijzer.advies.begrippen;

public enum Ernst {
    GEEN, LICHT, MATIG, ZWAAR
}
