package nl.indicatiewijzer.advies.begrippen;

public enum Complexiteit {
    LAAG, GEMIDDELD, HOOG
}
