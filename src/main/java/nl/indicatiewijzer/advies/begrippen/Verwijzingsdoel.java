package nl.indicatiewijzer.advies.begrippen;

public enum Verwijzingsdoel {
    WLZ, BESCHERMD_WONEN, JEUGDWET, ZVW_GGZ, ZVW_ZORG, PARTICIPATIEWET, LANDELIJK_CONTRACT_ZINTUIGLIJK
}
