package nl.indicatiewijzer.advies.begrippen;

public enum Uitkomst {
    ADVIES, GEEN_MAATWERK, DOORVERWIJZEN, ONVOLLEDIG
}
