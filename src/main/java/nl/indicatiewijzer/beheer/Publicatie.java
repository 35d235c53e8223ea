package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.Versie;
import nl.indicatiewijzer.systeem.Gebruiker;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;
import nl.indicatiewijzer.versies.Activeringsvolger;
import nl.indicatiewijzer.versies.Gebeurtenis;
import nl.indicatiewijzer.versies.Regelsets;
import nl.indicatiewijzer.versies.Tijdlijn;
import nl.indicatiewijzer.versies.Versieopslag;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Policy staff publish a new version of a regeling's tables: upload (validated and stored as a
 * candidate), then activation by a colleague (four eyes), or activation of an earlier version (rollback).
 */
@ApplicationScoped
public class Publicatie {
    private static final Logger LOG = Logger.getLogger(Publicatie.class);
    static final String ROL = "beleid";
    private final Activeringsvolger volger;
    private final Regelsets regelsets;
    private final Versieopslag opslag;
    private final Kandidaatcontrole controle;
    private final ObjectMapper json;
    private final boolean vierOgen;
    private final MeterRegistry metingen;

    public Publicatie(Regelsets regelsets, Versieopslag opslag, Kandidaatcontrole controle,
            Activeringsvolger volger, ObjectMapper json, MeterRegistry metingen,
            @ConfigProperty(name = "indicatiewijzer.vier-ogen", defaultValue = "true") boolean vierOgen) {
        this.metingen = metingen;
        this.volger = volger;
        this.regelsets = regelsets;
        this.opslag = opslag;
        this.controle = controle;
        this.json = json;
        this.vierOgen = vierOgen;
    }

    /** What an activation did; {@code ingangsdatum} only when it was given, {@code tijdlijn} as it is now. */
    @JsonPropertyOrder({"regeling", "versie", "ingangsdatum", "vorigeVersie", "terugdraaiing", "geactiveerdDoor", "geactiveerdOp", "tijdlijn"})
    public record Activering(String regeling, String versie, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate ingangsdatum,
            String vorigeVersie, boolean terugdraaiing, String geactiveerdDoor, OffsetDateTime geactiveerdOp, List<Tijdlijn.Ingang> tijdlijn) {
    }

    public String actieveVersie(Regeling regeling) {
        return regelsets.actief(regeling).versie();
    }

    public synchronized Validatierapport upload(Regeling regeling, String omschrijving, List<Upload> uploads, Gebruiker gebruiker) {
        Regelset actief = regelsets.actief(regeling);
        List<Regelbestand> actieveScenarios = regelsets.scenarios(actief.versie());
        Kandidaatcontrole.Uitslag uitslag;
        try {
            controleer(omschrijving, uploads);
            uitslag = controle.controleer(actief, actieveScenarios, uploads);
        } catch (RuntimeException geweigerd) {
            tel(regeling, "geweigerd");
            throw geweigerd;
        }
        tel(regeling, uitslag.activeerbaar() ? "activeerbaar" : "niet-activeerbaar");
        String versie = Versie.van(uitslag.bestanden());
        OffsetDateTime nu = nu();
        Versieopslag.Beschrijving beschrijving = new Versieopslag.Beschrijving(Omschrijving.schoon(omschrijving),
                Wijzigingen.van(Versieverschil.tussen(regeling.code(), new Versieverschil.Kant(versie, uitslag.bestanden(), uitslag.scenarios()),
                        new Versieverschil.Kant(actief.versie(), actief.bestanden(), actieveScenarios), Long.MAX_VALUE)));
        Validatierapport rapport = new Validatierapport(regeling.code(), versie, beschrijving.omschrijving(), beschrijving.wijzigingen(),
                actief.versie(), gebruiker.naam(), nu,
                uitslag.activeerbaar(), versie.equals(actief.versie()) ? "De tabellen zijn gelijk aan de actieve versie: er is niets te activeren. "
                        + "Meegestuurde voorbeeldgevallen zijn wel gedraaid; stuur ze mee met de tabelwijziging waar ze bij horen."
                        : Validatierapport.samenvatting(uitslag.fouten(), uitslag.scenarioresultaat()),
                uitslag.gewijzigd(), uitslag.fouten(), uitslag.waarschuwingen(), uitslag.scenarioresultaat(), uitslag.dekking());
        opslag.bewaar(regeling, versie, uitslag.bestanden(), uitslag.scenarios(), actief.versie(), uitslag.activeerbaar(),
                schrijf(rapport), beschrijving, new Gebeurtenis(Gebeurtenis.Soort.UPLOAD, regeling.code(), versie, gebruiker.naam(), ROL, nu));
        if (uitslag.regelset() != null) {
            regelsets.onthoud(uitslag.regelset());
        }
        LOG.infof("Regelset %s: kandidaat %s geüpload door %s (%s)", regeling.code(), versie, gebruiker.naam(),
                uitslag.activeerbaar() ? "activeerbaar" : "niet activeerbaar");
        return rapport;
    }

    /** The description and the files, every bad field at once (a too large file is a 413 on its own). */
    private static void controleer(String omschrijving, List<Upload> uploads) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        Omschrijving.fout(omschrijving).ifPresent(fouten::add);
        try {
            Uploadcontrole.controleer(uploads);
        } catch (OngeldigVerzoekException e) {
            fouten.addAll(e.fouten());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
    }

    /**
     * Activates a version for every instance, for every peildatum or from an ingangsdatum on
     * ({@link Tijdlijn}): the check (four eyes, basis still the version activated last) and the event
     * happen under the regeling's lock in the store; this instance swaps at once, the others within
     * their polling interval ({@link Activeringsvolger}). Nothing is recorded when the timeline would
     * stay the same.
     */
    public Activering activeer(Regeling regeling, String versie, LocalDate ingangsdatum, Gebruiker gebruiker) {
        Versieopslag.Opgeslagen opgeslagen = opslag.versie(versie).filter(v -> v.regeling().equals(regeling.code()))
                .orElseThrow(() -> new NietBeschikbaarException(404, "Onbekende versie",
                        "Regeling " + regeling.code() + " heeft geen versie " + versie + "."));
        if (Boolean.FALSE.equals(opgeslagen.activeerbaar())) {
            throw new NietBeschikbaarException(409, "Niet activeerbaar", "Deze kandidaat heeft fouten of mislukte "
                    + "voorbeeldgevallen (zie het validatierapport) en kan nooit worden geactiveerd.");
        }
        Regelset nieuw = regelsets.versie(regeling, versie);
        OffsetDateTime nu = nu();
        boolean[] eerderActief = new boolean[1];
        boolean[] vastgelegd = new boolean[1];
        String vorige = opslag.activeer(regeling, new Gebeurtenis(Gebeurtenis.Soort.ACTIVERING, regeling.code(), versie,
                gebruiker.naam(), ROL, nu, ingangsdatum), (actief, gebeurtenissen) -> {
                    Tijdlijn voor = Tijdlijn.uit(gebeurtenissen);
                    if (voor.na(versie, ingangsdatum).ingangen().equals(voor.ingangen())) {
                        return false;
                    }
                    eerderActief[0] = gebeurtenissen.stream().anyMatch(g -> g.versie().equals(versie) && g.soort().maaktActief());
                    if (!eerderActief[0]) {
                        opDeActieveVersie(opgeslagen, actief);
                    }
                    vierOgen(opgeslagen, gebeurtenissen, gebruiker);
                    vastgelegd[0] = true;
                    return true;
                });
        regelsets.onthoud(nieuw);
        volger.volg(regeling);
        Tijdlijn tijdlijn = opslag.tijdlijn(regeling);
        if (vastgelegd[0]) {
            LOG.infof("Regelset %s: versie %s geactiveerd door %s %s (was %s); tijdlijn %s", regeling.code(), versie, gebruiker.naam(),
                    ingangsdatum == null ? "voor elke peildatum" : "vanaf " + ingangsdatum, vorige, tijdlijn.ingangen());
        }
        return new Activering(regeling.code(), versie, ingangsdatum, vorige, eerderActief[0], gebruiker.naam(), nu, tijdlijn.ingangen());
    }

    private static void opDeActieveVersie(Versieopslag.Opgeslagen kandidaat, String actief) {
        if (!Boolean.TRUE.equals(kandidaat.activeerbaar())) {
            throw new NietBeschikbaarException(409, "Niet activeerbaar", "Van deze versie is niet bekend dat zij alle "
                    + "controles doorstond; zij kan niet worden geactiveerd.");
        }
        if (!actief.equals(kandidaat.basisVersie())) {
            throw new NietBeschikbaarException(409, "Actieve versie veranderd", "Deze kandidaat is gemaakt op versie "
                    + kandidaat.basisVersie() + ", maar sindsdien is versie " + actief + " geactiveerd. "
                    + "Upload de wijziging opnieuw, op de actieve versie, zodat niets ongemerkt verloren gaat.");
        }
    }

    /**
     * Every activation, a first one or putting an earlier version back, is by someone other than who
     * uploaded the version. A release was uploaded by nobody (sending its own files again changes nothing).
     */
    private void vierOgen(Versieopslag.Opgeslagen versie, List<Gebeurtenis> gebeurtenissen, Gebruiker gebruiker) {
        boolean zelfGeupload = Gebeurtenis.Soort.UPLOAD.name().equals(versie.herkomst()) && gebeurtenissen.stream()
                .anyMatch(g -> g.soort() == Gebeurtenis.Soort.UPLOAD && g.versie().equals(versie.versie())
                        && g.gebruiker().equals(gebruiker.naam()));
        if (vierOgen && zelfGeupload) {
            throw new NietBeschikbaarException(403, "Vier ogen", "U heeft deze versie zelf geüpload; een andere "
                    + "beleidsmedewerker moet haar activeren, ook als zij eerder actief was (vier-ogenprincipe).");
        }
    }

    /** Upload validations by result: refused unread, or read and (not) activatable. */
    private void tel(Regeling regeling, String uitslag) {
        metingen.counter("indicatiewijzer.upload.validaties", "regeling", regeling.code(), "uitslag", uitslag).increment();
    }

    private String schrijf(Validatierapport rapport) {
        try {
            return json.writeValueAsString(rapport);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
