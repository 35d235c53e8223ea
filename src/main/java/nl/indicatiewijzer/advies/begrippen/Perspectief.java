package nl.indicatiewijzer.advies.begrippen;

public enum Perspectief {
    ONTWIKKELING, BEHOUD, GECONTROLEERDE_ACHTERUITGANG
}
