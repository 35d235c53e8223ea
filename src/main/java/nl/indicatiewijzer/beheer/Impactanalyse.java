package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.indicatiewijzer.audit.AuditRecord;
import nl.indicatiewijzer.audit.AuditRepository;
import nl.indicatiewijzer.audit.Herhaler;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.versies.Regelsets;

/**
 * Replays every stored advice of a regeling in a period (with an ingangsdatum: those of them whose
 * peildatum is on or after it) under a candidate version and counts what would change. Batches of advices are replayed on all cores while the next batch is read.
 */
@ApplicationScoped
public class Impactanalyse {
    private static final int PARTIJ = 256;
    private static final List<String> ASPECTEN = List.of("uitkomst", "producten", "perceelOfArrangement");
    private final AuditRepository repository;
    private final Regelsets regelsets;
    private final Herhaler herhaler;
    private final ObjectMapper json;

    public Impactanalyse(AuditRepository repository, Regelsets regelsets, Herhaler herhaler, ObjectMapper json) {
        this.json = json;
        this.repository = repository;
        this.regelsets = regelsets;
        this.herhaler = herhaler;
    }

    /** The counts of one batch, merged into the whole when it is done. */
    private static final class Telling {
        long totaal;
        long gewijzigd;
        final List<String> voorbeelden = new ArrayList<>();
        final Map<String, Impact.Matrix> matrices = new LinkedHashMap<>();

        Telling() {
            ASPECTEN.forEach(a -> matrices.put(a, new Impact.Matrix()));
        }

        void voegToe(Telling t) {
            totaal += t.totaal;
            gewijzigd += t.gewijzigd;
            t.voorbeelden.stream().limit(Math.max(0, Impact.VOORBEELDEN - voorbeelden.size())).forEach(voorbeelden::add);
            t.matrices.forEach((a, m) -> matrices.get(a).voegToe(m));
        }
    }

    /** @param ingangsdatum null for every advice of the period, else only those whose peildatum is on or after it */
    public Impact analyseer(Regeling regeling, String kandidaat, LocalDate van, LocalDate tot, LocalDate ingangsdatum) {
        Regelset regelset = regelsets.versie(regeling, kandidaat);
        long start = System.nanoTime();
        Telling geheel = new Telling();
        int kernen = Runtime.getRuntime().availableProcessors();
        ExecutorService werkers = Executors.newFixedThreadPool(kernen);
        try {
            List<Future<Telling>> lopend = new ArrayList<>();
            List<AuditRecord> partij = new ArrayList<>(PARTIJ);
            repository.doorloop(regeling.code(), van.atStartOfDay().atOffset(ZoneOffset.UTC),
                    tot.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), record -> {
                        partij.add(record);
                        if (partij.size() == PARTIJ) {
                            List<AuditRecord> deze = List.copyOf(partij);
                            partij.clear();
                            lopend.add(werkers.submit(() -> herhaal(deze, regelset, ingangsdatum)));
                            oogst(lopend, geheel, 2 * kernen);
                        }
                    });
            List<AuditRecord> rest = List.copyOf(partij);
            lopend.add(werkers.submit(() -> herhaal(rest, regelset, ingangsdatum)));
            oogst(lopend, geheel, 0);
        } finally {
            werkers.shutdownNow();
        }
        long duurNs = Math.max(1, System.nanoTime() - start);
        Map<String, List<Impact.Overgang>> matrices = new LinkedHashMap<>();
        geheel.matrices.forEach((a, m) -> matrices.put(a, m.overgangen()));
        return new Impact(regeling.code(), kandidaat, van, tot, ingangsdatum, geheel.totaal, geheel.gewijzigd, geheel.voorbeelden, duurNs / 1_000_000,
                geheel.totaal * 1_000_000_000L / duurNs, matrices);
    }

    /** Waits for finished batches until at most {@code open} are still running. */
    private static void oogst(List<Future<Telling>> lopend, Telling geheel, int open) {
        try {
            while (lopend.size() > open) {
                geheel.voegToe(lopend.remove(0).get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Herhalen mislukte: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Telling herhaal(List<AuditRecord> records, Regelset regelset, LocalDate ingangsdatum) {
        Telling telling = new Telling();
        for (AuditRecord r : records) {
            if (ingangsdatum != null && peildatum(r).isBefore(ingangsdatum)) {
                continue;
            }
            Herhaler.Vergelijking v = herhaler.vergelijk(r, regelset);
            JsonNode oud = v.oud();
            JsonNode nieuw = v.nieuw();
            telling.totaal++;
            if (!v.verschillen().isEmpty()) {
                telling.gewijzigd++;
                if (telling.voorbeelden.size() < Impact.VOORBEELDEN) {
                    telling.voorbeelden.add(r.adviesId());
                }
            }
            telling.matrices.get("uitkomst").tel(oud.path("uitkomst").asText(), nieuw.path("uitkomst").asText(), r.adviesId());
            telling.matrices.get("producten").tel(producten(oud), producten(nieuw), r.adviesId());
            telling.matrices.get("perceelOfArrangement").tel(perceelOfArrangement(oud), perceelOfArrangement(nieuw), r.adviesId());
        }
        return telling;
    }

    private LocalDate peildatum(AuditRecord r) {
        try {
            return LocalDate.parse(json.readTree(r.verzoek()).path("peildatum").asText());
        } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("Opgeslagen verzoek van " + r.adviesId() + " heeft geen peildatum", e);
        }
    }

    private static String producten(JsonNode advies) {
        Set<String> codes = new TreeSet<>();
        advies.path("producten").forEach(p -> codes.add(p.path("code").asText()));
        return codes.isEmpty() ? "(geen)" : String.join(", ", codes);
    }

    private static String perceelOfArrangement(JsonNode advies) {
        if (advies.hasNonNull("perceel")) {
            return "perceel " + advies.path("perceel").path("nummer").asText();
        }
        if (advies.hasNonNull("arrangement")) {
            JsonNode a = advies.get("arrangement");
            return a.hasNonNull("code") ? a.get("code").asText() : "profiel " + a.path("profiel").asText() + " " + a.path("intensiteit").asText();
        }
        return "(geen)";
    }
}
