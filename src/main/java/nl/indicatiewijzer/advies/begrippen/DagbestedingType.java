package nl.indicatiewijzer.advies.begrippen;

public enum DagbestedingType {
    ARBEIDSMATIG, ACTIVEREND, BELEVINGSGERICHT
}
