package nl.indicatiewijzer.advies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.advies.antwoord.Afwijzing;
import nl.indicatiewijzer.advies.antwoord.ArrangementAntwoord;
import nl.indicatiewijzer.advies.antwoord.Motivering;
import nl.indicatiewijzer.advies.antwoord.PerceelAntwoord;
import nl.indicatiewijzer.advies.antwoord.ProductAdvies;
import nl.indicatiewijzer.advies.antwoord.Vervolg;
import nl.indicatiewijzer.advies.antwoord.VerwijzingAntwoord;
import nl.indicatiewijzer.advies.begrippen.Uitkomst;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.Regelspoor;
import nl.indicatiewijzer.regels.Uitvoering;
import nl.indicatiewijzer.regels.feiten.Arrangement;
import nl.indicatiewijzer.regels.feiten.GeenMaatwerk;
import nl.indicatiewijzer.regels.feiten.Ontbrekend;
import nl.indicatiewijzer.regels.feiten.Perceel;
import nl.indicatiewijzer.regels.feiten.Product;
import nl.indicatiewijzer.regels.feiten.Verwijzing;

/**
 * Turns the facts the rules left behind into the contract's advice. The outcome follows from which
 * facts exist, in this order: a closing referral, "general provisions suffice", a missing field, a
 * referral next to products, products; with none of these no maatwerk product of this regeling fits.
 * A line of the justification stands there once, however often its rule fired with the same result.
 */
final class AdviesSamensteller {
    private AdviesSamensteller() {
    }

    static Advies stel(Regelset regelset, Clientsituatie situatie, Uitvoering uitvoering) {
        List<Verwijzing> verwijzingen = uitvoering.alle(Verwijzing.class);
        Optional<Verwijzing> afsluitend = verwijzingen.stream().filter(Verwijzing::isAfsluitend).findFirst();
        List<String> ontbrekend = uitvoering.alle(Ontbrekend.class).stream().map(Ontbrekend::getVeld)
                .distinct().sorted().toList();
        List<ProductAdvies> producten = uitvoering.alle(Product.class).stream()
                .sorted(Comparator.comparing((Product p) -> p.getPerceel() == null ? 0 : p.getPerceel())
                        .thenComparing(Product::getCode))
                .map(AdviesSamensteller::product).toList();
        Optional<Verwijzing> verwijzing = afsluitend.or(() -> verwijzingen.stream().findFirst());

        Uitkomst uitkomst;
        if (afsluitend.isPresent()) {
            uitkomst = Uitkomst.DOORVERWIJZEN;
        } else if (!uitvoering.alle(GeenMaatwerk.class).isEmpty()) {
            uitkomst = Uitkomst.GEEN_MAATWERK;
        } else if (!ontbrekend.isEmpty()) {
            uitkomst = Uitkomst.ONVOLLEDIG;
        } else if (verwijzing.isPresent()) {
            uitkomst = Uitkomst.DOORVERWIJZEN;
        } else if (!producten.isEmpty()) {
            uitkomst = Uitkomst.ADVIES;
        } else {
            uitkomst = Uitkomst.GEEN_MAATWERK;
        }
        boolean metProducten = uitkomst == Uitkomst.ADVIES || uitkomst == Uitkomst.DOORVERWIJZEN;
        List<Regelspoor> sporen = uitvoering.spoor().sporen();
        OffsetDateTime tijdstip = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return new Advies(
                Adviesnummer.op(tijdstip.toInstant()),
                regelset.regeling().code(),
                regelset.versie(),
                situatie.getPeildatum(),
                tijdstip,
                uitkomst,
                uitkomst == Uitkomst.DOORVERWIJZEN ? verwijzing.map(v -> verwijzing(v, uitvoering)).orElse(null) : null,
                metProducten ? gekozenPerceel(uitvoering) : null,
                metProducten ? arrangement(uitvoering) : null,
                metProducten ? producten : List.of(),
                regels(sporen, Regelspoor.MOTIVERING, AdviesSamensteller::motivering),
                regels(sporen, Regelspoor.AFGEWEZEN, s -> new Afwijzing(s.optie(), s.regel(), s.tekst(), s.bron(), s.tabelrij())),
                regels(sporen, Regelspoor.WAARSCHUWING, AdviesSamensteller::motivering),
                uitkomst == Uitkomst.ONVOLLEDIG ? ontbrekend : List.of());
    }

    /** The lines of one kind, each once, in the order their rules fired. */
    private static <T> List<T> regels(List<Regelspoor> sporen, String soort, Function<Regelspoor, T> regel) {
        Set<T> uit = new LinkedHashSet<>();
        for (Regelspoor spoor : sporen) {
            if (soort.equals(spoor.soort())) {
                uit.add(regel.apply(spoor));
            }
        }
        return List.copyOf(uit);
    }

    private static Motivering motivering(Regelspoor s) {
        return new Motivering(s.regel(), s.tekst(), s.bron(), s.tabelrij());
    }

    private static VerwijzingAntwoord verwijzing(Verwijzing v, Uitvoering uitvoering) {
        Regelspoor herkomst = uitvoering.spoor().herkomstVan(v);
        return new VerwijzingAntwoord(v.getNaar(), herkomst == null ? null : herkomst.tekst());
    }

    private static PerceelAntwoord gekozenPerceel(Uitvoering uitvoering) {
        return uitvoering.alle(Perceel.class).stream().filter(p -> p.isGekozen() && p.getNummer() != 5).findFirst()
                .map(p -> new PerceelAntwoord(p.getNummer(), p.getNaam())).orElse(null);
    }

    private static ArrangementAntwoord arrangement(Uitvoering uitvoering) {
        return uitvoering.alle(Arrangement.class).stream().findFirst().map(a -> new ArrangementAntwoord(a.getCode(),
                a.getProfiel(), a.getIntensiteit(), a.getToestand(), a.getPerspectief(), a.getDuur(), a.getEvaluatiemoment(),
                a.getGroepsgrootte(), a.getLichteDagbestedingMogelijk(),
                a.getMinutenPerWeek() == null ? null
                        : BigDecimal.valueOf(a.getMinutenPerWeek()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros(),
                a.getPgbNiveau(), a.getHuishoudenMinutenPerWeek())).orElse(null);
    }

    private static ProductAdvies product(Product p) {
        return new ProductAdvies(p.getCode(), p.getNaam(), p.getGrondslag(), p.getPerceel(), p.getProductcategorie(),
                p.getEenheid(), p.getOmvang(), p.getOmvangEenheid(), p.getMaxDuurMaanden(), p.getEinddatum(),
                p.getTarief(), p.getTariefJaar(), p.getKmKlasse(), p.getRolstoel(),
                p.getVervolg() == null ? null : new Vervolg(p.getVervolg(), p.getVervolgBron()));
    }
}
