package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.versies.Gebeurtenis;
import nl.indicatiewijzer.versies.Tijdlijn;
import nl.indicatiewijzer.versies.Versieopslag;

/** Per regeling its versions, which one is active, who uploaded and activated each and when (GET /regelsets). */
public record Versieoverzicht(List<Regelingversies> regelsets) {

    /** {@code tijdlijn}: which version decides from which peildatum on (the first entry: every earlier one). */
    @JsonPropertyOrder({"regeling", "actieveVersie", "tijdlijn", "versies", "gebeurtenissen"})
    public record Regelingversies(String regeling, String actieveVersie, List<Tijdlijn.Ingang> tijdlijn, List<Versieregel> versies,
            List<Gebeurtenis> gebeurtenissen) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"versie", "status", "herkomst", "basisVersie", "geuploadDoor", "geuploadOp", "geactiveerdDoor", "geactiveerdOp"})
    public record Versieregel(String versie, Status status, String herkomst, String basisVersie, String geuploadDoor,
            OffsetDateTime geuploadOp, String geactiveerdDoor, OffsetDateTime geactiveerdOp) {
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

    static Regelingversies van(Regeling regeling, String actief, List<Versieopslag.Opgeslagen> versies, List<Gebeurtenis> gebeurtenissen) {
        List<Versieregel> regels = new ArrayList<>();
        for (Versieopslag.Opgeslagen v : versies) {
            Gebeurtenis upload = laatste(gebeurtenissen, v.versie(), Gebeurtenis.Soort.UPLOAD);
            Gebeurtenis geactiveerd = gebeurtenissen.stream().filter(g -> g.versie().equals(v.versie()) && g.soort().maaktActief())
                    .reduce((a, b) -> b).orElse(null);
            Status status = v.versie().equals(actief) ? Status.ACTIEF
                    : geactiveerd != null ? Status.EERDER_ACTIEF
                    : upload == null ? Status.GEARCHIVEERD
                    : Boolean.TRUE.equals(v.activeerbaar()) ? Status.KANDIDAAT : Status.AFGEKEURD;
            regels.add(new Versieregel(v.versie(), status, v.herkomst(), v.basisVersie(),
                    upload == null ? null : upload.gebruiker(), upload == null ? null : upload.tijdstip(),
                    geactiveerd == null ? null : geactiveerd.gebruiker(), geactiveerd == null ? null : geactiveerd.tijdstip()));
        }
        return new Regelingversies(regeling.code(), actief, Tijdlijn.uit(gebeurtenissen).ingangen(), regels, gebeurtenissen);
    }

    private static Gebeurtenis laatste(List<Gebeurtenis> gebeurtenissen, String versie, Gebeurtenis.Soort soort) {
        return gebeurtenissen.stream().filter(g -> g.versie().equals(versie) && g.soort() == soort).reduce((a, b) -> b).orElse(null);
    }
}
