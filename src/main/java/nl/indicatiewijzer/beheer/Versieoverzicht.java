package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.versies.Gebeurtenis;
import nl.indicatiewijzer.versies.Tijdlijn;
import nl.indicatiewijzer.versies.Versieopslag;

/**
 * Per regeling its versions, which one is active, who uploaded and activated each and when (GET /regelsets).
 * Each version has its description and a one-line summary of what changed; {@code actief} repeats the
 * active version, {@code aantallen} counts the versions per group of {@link Versieselectie.Toon}, and
 * {@code versies} holds those the selection asks for ({@code aantalVersies} of them in all).
 */
public record Versieoverzicht(List<Regelingversies> regelsets) {

    /** {@code tijdlijn}: which version decides from which peildatum on (the first entry: every earlier one). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"regeling", "actieveVersie", "tijdlijn", "actief", "aantallen", "toon", "pagina", "perPagina", "aantalVersies",
        "versies", "gebeurtenissen"})
    public record Regelingversies(String regeling, String actieveVersie, List<Tijdlijn.Ingang> tijdlijn, Versieregel actief,
            Map<String, Integer> aantallen, String toon, Integer pagina, Integer perPagina, int aantalVersies, List<Versieregel> versies,
            List<Gebeurtenis> gebeurtenissen) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"versie", "omschrijving", "wijzigingen", "status", "herkomst", "basisVersie", "geuploadDoor", "geuploadOp",
        "geactiveerdDoor", "geactiveerdOp"})
    public record Versieregel(String versie, String omschrijving, String wijzigingen, Status status, String herkomst, String basisVersie,
            String geuploadDoor, OffsetDateTime geuploadOp, String geactiveerdDoor, OffsetDateTime geactiveerdOp) {
    }

    public enum Status {
        ACTIEF,
        /** uploaded, valid, waiting for a colleague */
        KANDIDAAT,
        /** uploaded with errors or failing scenarios: can never be activated */
        AFGEKEURD,
        /** was active once: activating it again is a rollback */
        EERDER_ACTIEF,
        /** known only because it answered advices (archived before versions were published) */
        GEARCHIVEERD
    }

    /** Every version of the regeling, oldest first. */
    static List<Versieregel> regels(String actief, List<Versieopslag.Opgeslagen> versies, List<Gebeurtenis> gebeurtenissen) {
        List<Versieregel> regels = new ArrayList<>();
        for (Versieopslag.Opgeslagen v : versies) {
            Gebeurtenis upload = laatste(gebeurtenissen, v.versie(), Gebeurtenis.Soort.UPLOAD);
            Gebeurtenis geactiveerd = gebeurtenissen.stream().filter(g -> g.versie().equals(v.versie()) && g.soort().maaktActief())
                    .reduce((a, b) -> b).orElse(null);
            Status status = v.versie().equals(actief) ? Status.ACTIEF
                    : geactiveerd != null ? Status.EERDER_ACTIEF
                    : upload == null ? Status.GEARCHIVEERD
                    : Boolean.TRUE.equals(v.activeerbaar()) ? Status.KANDIDAAT : Status.AFGEKEURD;
            regels.add(new Versieregel(v.versie(), Omschrijving.getoond(v.omschrijving(), v.herkomst()), v.wijzigingen(), status,
                    v.herkomst(), v.basisVersie(), upload == null ? null : upload.gebruiker(), upload == null ? null : upload.tijdstip(),
                    geactiveerd == null ? null : geactiveerd.gebruiker(), geactiveerd == null ? null : geactiveerd.tijdstip()));
        }
        return regels;
    }

    static Regelingversies van(Regeling regeling, String actief, List<Versieopslag.Opgeslagen> versies, List<Gebeurtenis> gebeurtenissen,
            Versieselectie selectie) {
        return selectie.pas(regeling.code(), actief, regels(actief, versies, gebeurtenissen), gebeurtenissen);
    }

    private static Gebeurtenis laatste(List<Gebeurtenis> gebeurtenissen, String versie, Gebeurtenis.Soort soort) {
        return gebeurtenissen.stream().filter(g -> g.versie().equals(versie) && g.soort() == soort).reduce((a, b) -> b).orElse(null);
    }
}
