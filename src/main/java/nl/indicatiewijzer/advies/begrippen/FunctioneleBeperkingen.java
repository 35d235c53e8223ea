package nl.indicatiewijzer.advies.begrippen;

public enum FunctioneleBeperkingen {
    GEEN, LICHT, JA, ERNSTIG
}
