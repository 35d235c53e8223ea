package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored answer in today's form before it is compared with a replay. Only what a release changed in
 * how the service writes an answer, never what the rules decided: until issue 21 a table row's rule was
 * named {@code "Percelen (percelen.drl.xlsx), rij 12"}; now {@code regel} is {@code "Tabel Percelen"}
 * and the file and row stand in {@code tabelrij} (README, "Herhalen").
 */
final class Eerdereantwoordvorm {
    private static final Pattern TABELRIJ = Pattern.compile("(.+) \\(([^()]+\\.drl\\.xlsx)\\), rij (\\d+)");

    private Eerdereantwoordvorm() {
    }

    static JsonNode vanNu(JsonNode opgeslagen) {
        JsonNode kopie = opgeslagen.deepCopy();
        zetOm(kopie);
        return kopie;
    }

    /** Every object with such a {@code regel}, wherever it stands (motivering, afgewezen, ...). */
    private static void zetOm(JsonNode knoop) {
        Matcher m = TABELRIJ.matcher(knoop.path("regel").asText());
        if (knoop instanceof ObjectNode r && !knoop.has("tabelrij") && m.matches()) {
            r.put("regel", "Tabel " + m.group(1));
            r.put("tabelrij", m.group(2) + ", rij " + m.group(3));
        }
        knoop.forEach(Eerdereantwoordvorm::zetOm);
    }
}
