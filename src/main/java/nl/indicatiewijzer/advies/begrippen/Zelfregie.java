package nl.indicatiewijzer.advies.begrippen;

public enum Zelfregie {
    HOOG, BEPERKT, ZEER_BEPERKT, WEINIG, GEEN
}
