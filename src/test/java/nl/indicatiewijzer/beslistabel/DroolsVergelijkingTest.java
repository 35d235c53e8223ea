package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service writes the DRL of a decision table itself; Drools' spreadsheet compiler is only on the
 * test class path, here, to show that both read every project table alike: per data row the same
 * annotations, conditions and actions. The two differ only in form: our literals are pure ASCII
 * ({@code \u00E9}), comments quote their text, PRIORITY and NO-LOOP stand in each rule, each
 * rule is marked {@code @beslistabel}, and adjacent columns that change the same fact are one modify.
 */
class DroolsVergelijkingTest {
    private static final Pattern REGEL = Pattern.compile("rule \"(.*?)\"\\n(.*?)\\nend", Pattern.DOTALL);
    private static final Pattern RIJNUMMER = Pattern.compile("(\\d+)$");
    private static final Pattern WIJZIGING_BEGINT = Pattern.compile("modify\\((\\$\\w+)\\) \\{");
    private static final Pattern UNICODE = Pattern.compile("\\\\u([0-9A-F]{4})");

    static Stream<Path> tabellen() throws Exception {
        return Files.walk(Path.of("decision-tables")).filter(p -> p.toString().endsWith(".drl.xlsx")).sorted();
    }

    @ParameterizedTest
    @MethodSource("tabellen")
    void onzeDrlIsPerRijDieVanDeSpreadsheetcompilerVanDrools(Path tabel) throws Exception {
        byte[] inhoud = Files.readAllBytes(tabel);
        Tabelvertaling.Uitkomst ons = Tabelvertaling.vertaal(tabel.toString(), inhoud, inhoud);
        assertEquals(List.of(), ons.fouten());
        String drools = new SpreadsheetCompiler().compile(new ByteArrayInputStream(inhoud), InputType.XLS);
        StringBuilder onze = new StringBuilder();
        ons.drl().forEach(d -> onze.append(d.tekst()));

        Map<Integer, List<String>> verwacht = regels(drools, false);
        assertTrue(verwacht.size() >= 1);
        assertEquals(verwacht, regels(onze.toString(), true));
    }

    /** Our one modify of adjacent columns that change the same fact, back as Drools writes it: one modify per column. */
    private static List<String> losseWijzigingen(List<String> regels) {
        List<String> uit = new ArrayList<>();
        String feit = null;
        for (String r : regels) {
            Matcher begin = WIJZIGING_BEGINT.matcher(r);
            if (begin.matches()) {
                feit = begin.group(1);
            } else if (feit != null && r.equals("}")) {
                feit = null;
            } else if (feit != null) {
                uit.add("modify(" + feit + "){ " + r.replaceAll(",$", "") + " }");
            } else {
                uit.add(r);
            }
        }
        return uit;
    }

    /** Per spreadsheet row the rule's lines, trimmed, without the PRIORITY and NO-LOOP attributes. */
    private static Map<Integer, List<String>> regels(String drl, boolean ons) {
        String tekst = ons ? UNICODE.matcher(drl).replaceAll(m -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(m.group(1), 16)))) : drl;
        Map<Integer, List<String>> regels = new TreeMap<>();
        Matcher m = REGEL.matcher(tekst);
        while (m.find()) {
            Matcher rij = RIJNUMMER.matcher(m.group(1));
            assertTrue(rij.find(), m.group(1));
            List<String> regelsVanRij = Stream.of(m.group(2).split("\n")).map(String::strip)
                    .filter(r -> !r.isEmpty() && !r.startsWith("salience") && !r.startsWith("no-loop") && !r.startsWith("@beslistabel("))
                    .map(r -> ons && r.startsWith("//") ? r.replaceAll("\"(.*)\"$", "$1") : r).toList();
            regels.put(Integer.valueOf(rij.group(1)), ons ? losseWijzigingen(regelsVanRij) : regelsVanRij);
        }
        return regels;
    }
}
