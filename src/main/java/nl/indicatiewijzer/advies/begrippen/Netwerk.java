package nl.indicatiewijzer.advies.begrippen;

public enum Netwerk {
    STEUNEND, STEUNEND_MET_ONDERSTEUNING, BEPERKT, GEEN_OF_NEGATIEF
}
