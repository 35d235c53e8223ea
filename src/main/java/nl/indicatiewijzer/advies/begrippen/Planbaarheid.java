package nl.indicatiewijzer.advies.begrippen;

public enum Planbaarheid {
    PLANBAAR, DEELS_ONPLANBAAR
}
