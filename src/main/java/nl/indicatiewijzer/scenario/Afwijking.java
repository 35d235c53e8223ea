package nl.indicatiewijzer.scenario;

/** Where an answer differs from what a scenario expects: the field, what was expected, what came. */
public record Afwijking(String veld, String verwacht, String kreeg) {

    @Override
    public String toString() {
        return veld + ": verwacht " + verwacht + ", kreeg " + kreeg;
    }
}
