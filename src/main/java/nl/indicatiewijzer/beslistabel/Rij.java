package nl.indicatiewijzer.beslistabel;

import java.util.List;

/** A row as Excel numbers it (1-based), its cells from column A on (index 0); absent cells are {@link Cel#LEEG}. */
public record Rij(int nummer, List<Cel> cellen) {

    public Cel cel(int kolom) {
        return kolom >= 0 && kolom < cellen.size() ? cellen.get(kolom) : Cel.LEEG;
    }

    public boolean leeg() {
        return cellen.stream().allMatch(Cel::leeg);
    }
}
