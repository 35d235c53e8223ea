package nl.indicatiewijzer.advies.begrippen;

public enum HuishoudelijkeZelfstandigheid {
    ZELFSTANDIG, GEDEELTELIJK, HULP_NODIG, NIET
}
