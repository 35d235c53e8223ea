package nl.indicatiewijzer.advies.begrippen;

public enum Ophogingscode {
    A1, A2, A3, A4, A5, A6, B1, B2, B3, B4, B5, C1, C2, D1, D2, D3
}
