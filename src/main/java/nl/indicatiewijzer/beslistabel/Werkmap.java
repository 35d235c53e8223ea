package nl.indicatiewijzer.beslistabel;

import java.util.List;
import java.util.Optional;

/**
 * A workbook as {@link Werkmaplezer} read it: its sheets in workbook order and the names it defines
 * (Formulas, Name Manager), which a decision table never has.
 */
public record Werkmap(List<Blad> bladen, List<String> namen) {

    public Optional<Blad> blad(String naam) {
        return bladen.stream().filter(b -> b.naam().equals(naam)).findFirst();
    }
}
