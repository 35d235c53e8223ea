package nl.indicatiewijzer.systeem;

import java.util.List;

/** A request that cannot be decided on, with every bad field: answered as 400, nothing stored. */
public class OngeldigVerzoekException extends RuntimeException {
    private final transient List<OngeldigeParameter> fouten;

    public OngeldigVerzoekException(List<OngeldigeParameter> fouten) {
        super("ongeldig verzoek: " + fouten.size() + " velden");
        this.fouten = List.copyOf(fouten);
    }

    public List<OngeldigeParameter> fouten() {
        return fouten;
    }
}
