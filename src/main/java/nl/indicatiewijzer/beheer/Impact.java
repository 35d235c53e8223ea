package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a candidate would have changed in a period's stored advices: how many change at all, and per
 * aspect (uitkomst, producten, perceel or arrangement) the matrix old -> new with example adviesIds.
 * {@code voorbeelden} names some advices that change in any way (also only in their motivering). With
 * an {@code ingangsdatum} only the advices whose peildatum is on or after it count: the others the
 * candidate would never decide.
 */
@JsonPropertyOrder({"regeling", "kandidaat", "van", "tot", "ingangsdatum", "totaal", "gewijzigd", "voorbeelden", "duurMs",
    "herhalingenPerSeconde", "matrices"})
public record Impact(String regeling, String kandidaat, LocalDate van, LocalDate tot,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate ingangsdatum, long totaal, long gewijzigd,
        List<String> voorbeelden, long duurMs, long herhalingenPerSeconde, Map<String, List<Overgang>> matrices) {

    static final int VOORBEELDEN = 5;

    /** One cell of a matrix: how many advices went from {@code oud} to {@code nieuw}, and some of them. */
    @JsonPropertyOrder({"oud", "nieuw", "gewijzigd", "aantal", "voorbeelden"})
    public record Overgang(String oud, String nieuw, long aantal, List<String> voorbeelden) {
        /** Whether this cell is a change (old and new differ): the page puts these first and marks them. */
        @JsonProperty("gewijzigd")
        public boolean gewijzigd() {
            return !oud.equals(nieuw);
        }
    }

    /** Counts the transitions of one aspect; not thread-safe, merged per batch. */
    static final class Matrix {
        private final Map<List<String>, Long> aantallen = new LinkedHashMap<>();
        private final Map<List<String>, List<String>> voorbeelden = new LinkedHashMap<>();

        void tel(String oud, String nieuw, String adviesId) {
            List<String> cel = List.of(oud, nieuw);
            aantallen.merge(cel, 1L, Long::sum);
            if (!oud.equals(nieuw)) {
                List<String> lijst = voorbeelden.computeIfAbsent(cel, c -> new ArrayList<>());
                if (lijst.size() < VOORBEELDEN) {
                    lijst.add(adviesId);
                }
            }
        }

        void voegToe(Matrix andere) {
            andere.aantallen.forEach((cel, n) -> aantallen.merge(cel, n, Long::sum));
            andere.voorbeelden.forEach((cel, ids) -> {
                List<String> lijst = voorbeelden.computeIfAbsent(cel, c -> new ArrayList<>());
                ids.stream().limit(Math.max(0, VOORBEELDEN - lijst.size())).forEach(lijst::add);
            });
        }

        /** Changed cells first, largest first. */
        List<Overgang> overgangen() {
            return aantallen.entrySet().stream()
                    .map(e -> new Overgang(e.getKey().get(0), e.getKey().get(1), e.getValue(), voorbeelden.getOrDefault(e.getKey(), List.of())))
                    .sorted(Comparator.comparing((Overgang o) -> o.oud().equals(o.nieuw())).thenComparing(Overgang::aantal, Comparator.reverseOrder()))
                    .toList();
        }
    }
}
