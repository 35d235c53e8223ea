package nl.indicatiewijzer.beslistabel;

import java.util.List;

/** One sheet: its name and its rows from row 1 to the last row that holds a cell (rows without cells are empty). */
public record Blad(String naam, List<Rij> rijen) {

    /** Row {@code nummer} (1-based); an empty row beyond the last one. */
    public Rij rij(int nummer) {
        return nummer >= 1 && nummer <= rijen.size() ? rijen.get(nummer - 1) : new Rij(nummer, List.of());
    }
}
