package nl.indicatiewijzer.versies;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which version of a regeling decides an advice, by its peildatum. The rule (README, "Publiceren"):
 * the version of the latest activation whose ingangsdatum is on or before the peildatum, where an
 * activation or roll-out without ingangsdatum counts for every peildatum. So each activation from a
 * date drops the entries from that date on, one without a date drops them all; what is left are the
 * entries that can still be chosen, in date order. The first entry never has a date (the first
 * roll-out has none): a peildatum before every dated entry gets the version active before them.
 *
 * @param stand the number of the latest activating event read (0 when not read from the store)
 */
public record Tijdlijn(List<Ingang> ingangen, long stand) {

    /** From {@code vanaf} (null: every earlier peildatum) until the next entry, {@code versie} decides. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"vanaf", "versie"})
    public record Ingang(LocalDate vanaf, String versie) {
    }

    public Tijdlijn {
        ingangen = List.copyOf(ingangen);
    }

    public static Tijdlijn van(String versie) {
        return new Tijdlijn(List.of(new Ingang(null, versie)), 0);
    }

    /** The timeline the roll-outs and activations among these events (oldest first) make. */
    public static Tijdlijn uit(List<Gebeurtenis> gebeurtenissen) {
        Tijdlijn t = new Tijdlijn(List.of(), 0);
        for (Gebeurtenis g : gebeurtenissen) {
            if (g.soort().maaktActief()) {
                t = t.na(g.versie(), g.ingangsdatum());
            }
        }
        return t;
    }

    /** The timeline after activating {@code versie} from {@code ingangsdatum} (null: for every peildatum). */
    public Tijdlijn na(String versie, LocalDate ingangsdatum) {
        List<Ingang> blijft = new ArrayList<>();
        if (ingangsdatum != null) {
            ingangen.stream().filter(i -> i.vanaf() == null || i.vanaf().isBefore(ingangsdatum)).forEach(blijft::add);
        }
        if (blijft.isEmpty() || !blijft.get(blijft.size() - 1).versie().equals(versie)) {
            blijft.add(new Ingang(blijft.isEmpty() ? null : ingangsdatum, versie));
        }
        return new Tijdlijn(blijft, stand);
    }

    public Tijdlijn metStand(long stand) {
        return new Tijdlijn(ingangen, stand);
    }

    /** The version that decides an advice with this peildatum (null: the latest activated). */
    public String versieOp(LocalDate peildatum) {
        if (peildatum == null) {
            return laatste();
        }
        String versie = ingangen.get(0).versie();
        for (Ingang i : ingangen) {
            if (i.vanaf() == null || !i.vanaf().isAfter(peildatum)) {
                versie = i.versie();
            }
        }
        return versie;
    }

    /** The version activated last: candidates are made on it. */
    public String laatste() {
        return ingangen.isEmpty() ? null : ingangen.get(ingangen.size() - 1).versie();
    }

    /** Every version that can still decide some peildatum. */
    public Set<String> versies() {
        Set<String> versies = new LinkedHashSet<>();
        ingangen.forEach(i -> versies.add(i.versie()));
        return versies;
    }

    public boolean isLeeg() {
        return ingangen.isEmpty();
    }
}
