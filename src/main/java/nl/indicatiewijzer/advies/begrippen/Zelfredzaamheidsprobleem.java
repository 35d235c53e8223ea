package nl.indicatiewijzer.advies.begrippen;

public enum Zelfredzaamheidsprobleem {
    GEEN_PROBLEMEN, LICHT, MATIG, GROOT, ERNSTIG
}
