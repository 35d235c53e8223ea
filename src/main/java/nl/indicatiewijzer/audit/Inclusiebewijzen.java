package nl.indicatiewijzer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;
import java.util.List;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/** Proves one stored decision is in the log at a signed checkpoint, without handing over the log. */
@ApplicationScoped
public class Inclusiebewijzen {
    private final Auditboom boom;
    private final Controlepunten controlepunten;

    public Inclusiebewijzen(Auditboom boom, Controlepunten controlepunten) {
        this.boom = boom;
        this.controlepunten = controlepunten;
    }

    /**
     * The leaf is {@code SHA-256(0x00 || ketenhash)} at index {@code volgnummer - 1}; the path and the
     * checkpoint's {@code boomwortel} are checked as RFC 9162, 2.1.3.2 describes (README, "Bewijs").
     */
    public record Inclusiebewijs(String adviesId, long volgnummer, long bladindex, String ketenhash, List<String> auditpad,
            Controlepunt controlepunt) {
    }

    /** {@code grootte} below 0: the newest checkpoint. */
    public Inclusiebewijs bewijs(AuditRecord r, long grootte) {
        Controlepunt punt;
        try {
            punt = grootte < 0 ? controlepunten.nieuwste() : controlepunten.van(grootte);
        } catch (IllegalArgumentException e) {
            throw new OngeldigVerzoekException(List.of(new OngeldigeParameter("tot", e.getMessage())));
        }
        if (r.volgnummer() > punt.volgnummer()) {
            throw new OngeldigVerzoekException(List.of(new OngeldigeParameter("tot", "het advies heeft volgnummer " + r.volgnummer()
                    + " en kwam dus na een log van " + punt.volgnummer() + " records")));
        }
        String vastgelegd = HexFormat.of().formatHex(boom.ketenhash(r.volgnummer()));
        if (!vastgelegd.equals(r.hash())) {
            throw new NietBeschikbaarException(409, "Advies wijkt af van de log", "Het opgeslagen advies is niet meer het advies dat de "
                    + "dienst vastlegde; GET /api/v1/adviezen/integriteit noemt de breuk.");
        }
        List<String> pad = boom.bij().inclusiepad(r.volgnummer() - 1, punt.volgnummer()).stream().map(HexFormat.of()::formatHex).toList();
        return new Inclusiebewijs(r.adviesId(), r.volgnummer(), r.volgnummer() - 1, vastgelegd, pad, punt);
    }
}
