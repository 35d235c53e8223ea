package nl.indicatiewijzer.regels;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be built, with every error found. */
public class RegelsetFout extends RuntimeException {
    private final transient List<Bouwfout> fouten;

    public RegelsetFout(String regeling, List<Bouwfout> fouten) {
        super("Regelset " + regeling + " bouwt niet:\n  " + fouten.stream().map(Bouwfout::omschrijving)
                .collect(Collectors.joining("\n  ")));
        this.fouten = List.copyOf(fouten);
    }

    public List<Bouwfout> fouten() {
        return fouten;
    }
}
