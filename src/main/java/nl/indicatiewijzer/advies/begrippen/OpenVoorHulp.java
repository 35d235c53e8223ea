package nl.indicatiewijzer.advies.begrippen;

public enum OpenVoorHulp {
    JA, VERMINDERD, BEPERKT, BIJNA_NIET, NIET
}
