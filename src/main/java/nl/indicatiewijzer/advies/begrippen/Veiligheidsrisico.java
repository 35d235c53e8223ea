package nl.indicatiewijzer.advies.begrippen;

public enum Veiligheidsrisico {
    GEEN, VERHOOGD, GEMIDDELD, HOOG
}
