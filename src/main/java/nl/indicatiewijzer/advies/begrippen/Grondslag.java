package nl.indicatiewijzer.advies.begrippen;

public enum Grondslag {
    SOMATISCH, LICHAMELIJK, PSYCHOGERIATRISCH, PSYCHISCH, VERSTANDELIJK, ZINTUIGLIJK
}
