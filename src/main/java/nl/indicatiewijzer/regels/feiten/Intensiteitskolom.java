package nl.indicatiewijzer.regels.feiten;

import java.util.List;

/**
 * An intensity a profile has (stede-broec Bijlage 1, art. 8 lid 5), with how many of the client's
 * indicators point to it. Heavier intensities rank higher: A, B, B+, C.
 */
public class Intensiteitskolom {
    private static final List<String> VOLGORDE = List.of("A", "B", "B+", "C");
    private final String intensiteit;
    private int stemmen;

    public Intensiteitskolom(String intensiteit) {
        if (!VOLGORDE.contains(intensiteit)) {
            throw new IllegalArgumentException("onbekende intensiteit '" + intensiteit + "'; toegestaan: " + VOLGORDE);
        }
        this.intensiteit = intensiteit;
    }

    public String getIntensiteit() {
        return intensiteit;
    }

    public int getRang() {
        return VOLGORDE.indexOf(intensiteit);
    }

    public int getStemmen() {
        return stemmen;
    }

    public void setStemmen(int stemmen) {
        this.stemmen = stemmen;
    }
}
