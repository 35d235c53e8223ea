package nl.indicatiewijzer.advies.begrippen;

public enum Leveringsvorm {
    NATURA, PGB
}
