package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The differences between two answers, each as a field path with the old and the new value. */
public final class JsonVerschil {
    public record Verschil(String pad, JsonNode oud, JsonNode nieuw) {
    }

    /** What differs by nature between two evaluations of one request; the versions are reported beside the comparison. */
    public static final Set<String> VAN_NATURE_ANDERS = Set.of("adviesId", "tijdstip", "regelsetVersie");

    private JsonVerschil() {
    }

    public static List<Verschil> tussen(JsonNode oud, JsonNode nieuw, Set<String> negeren) {
        List<Verschil> verschillen = new ArrayList<>();
        vergelijk("", oud, nieuw, negeren, verschillen);
        return verschillen;
    }

    private static void vergelijk(String pad, JsonNode oud, JsonNode nieuw, Set<String> negeren, List<Verschil> uit) {
        if (negeren.contains(pad)) {
            return;
        }
        if (oud != null && nieuw != null && oud.isObject() && nieuw.isObject()) {
            Set<String> namen = new TreeSet<>();
            oud.fieldNames().forEachRemaining(namen::add);
            nieuw.fieldNames().forEachRemaining(namen::add);
            for (String naam : namen) {
                vergelijk(pad.isEmpty() ? naam : pad + "." + naam, oud.get(naam), nieuw.get(naam), negeren, uit);
            }
        } else if (oud != null && nieuw != null && oud.isArray() && nieuw.isArray()) {
            for (int i = 0; i < Math.max(oud.size(), nieuw.size()); i++) {
                vergelijk(pad + "[" + i + "]", oud.get(i), nieuw.get(i), negeren, uit);
            }
        } else if (!gelijk(oud, nieuw)) {
            uit.add(new Verschil(pad, oud == null ? NullNode.instance : oud, nieuw == null ? NullNode.instance : nieuw));
        }
    }

    private static boolean gelijk(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
