package nl.indicatiewijzer.advies.begrippen;

public enum Leerbaarheid {
    GOED, MATIG, NAUWELIJKS
}
