package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The differential proof that an uploaded table carries data, never code: every project table, with
 * random content (code, quotes, DRL keywords, whitespace and look-alike characters, formulas, very
 * long text, numbers, dates) in random cells inside and outside its tables, random rows inserted or
 * removed and random extra sheets, is either refused, or its DRL is the template's DRL with only
 * literal values changed: after masking literals, every line is a line the template itself yields.
 */
class UploadDifferentieelTest {
    private static final List<Path> TABELLEN = tabellen();

    @Property(tries = 1000)
    void eenUploadWordtGeweigerdOfVerschiltAlleenInLetterlijkeWaarden(@ForAll("tabel") Path tabel,
            @ForAll("bewerkingen") List<Bewerking> bewerkingen) throws Exception {
        byte[] sjabloon = Files.readAllBytes(tabel);
        byte[] upload = bewerk(tabel.toString(), sjabloon, bewerkingen);
        Tabelvertaling.Uitkomst uitkomst = Tabelvertaling.vertaal(tabel.toString(), upload, sjabloon);
        Statistics.label("uitkomst").collect(uitkomst.gelukt() ? "aanvaard" : "geweigerd");
        Statistics.label("uitkomst").coverage(c -> {
            c.check("aanvaard").percentage(p -> p > 10);
            c.check("geweigerd").percentage(p -> p > 30);
        });
        if (!uitkomst.gelukt()) {
            uitkomst.fouten().forEach(f -> assertFalse(f.melding().isBlank()));
            return;
        }
        Set<String> toegestaan = toegestaan(tabel.toString(), sjabloon);
        for (Drlschrijver.Drl drl : uitkomst.drl()) {
            for (String regel : drl.tekst().split("\n")) {
                assertTrue(toegestaan.contains(masker(regel)), "regel die het sjabloon niet kent: " + regel
                        + "\nna maskeren: " + masker(regel) + "\nbewerkingen: " + bewerkingen);
            }
        }
    }

    /** The masked lines of the template's own DRL, and of every column filled once. */
    static Set<String> toegestaan(String pad, byte[] sjabloon) throws Exception {
        Set<String> regels = new HashSet<>();
        Tabelvertaling.vertaal(pad, sjabloon, sjabloon).drl().forEach(d -> Stream.of(d.tekst().split("\n")).map(UploadDifferentieelTest::masker)
                .forEach(regels::add));
        for (Sjabloon.Bladsjabloon blad : Sjabloon.van(pad, Werkmaplezer.lees(sjabloon)).bladen()) {
            for (Sjabloon.Tabelsjabloon tabel : blad.tabellen()) {
                for (Kolom k : tabel.kolommen()) {
                    String code = Drlschrijver.vul(k, voorbeeld(k.type()));
                    regels.add(masker(k.isMetadata() ? "\t@" + code : "\t\t" + (k.object().isEmpty() ? code : k.object() + "(" + code + ")")));
                }
            }
        }
        return regels;
    }

    /** Every literal replaced by its kind: text, number, enum constant, true/false. */
    static String masker(String regel) {
        String s = regel.replaceAll("\"(?:[^\"\\\\]++|\\\\.)*+\"", "\"…\"");
        s = s.replaceAll("\\b([A-Z]\\w*)\\.[A-Z][A-Z0-9_]*\\b", "$1.…");
        s = s.replaceAll("(?<![\\w$.])-?\\d+(\\.\\d+)?(?![\\w.])", "0");
        return s.replaceAll("\\b(true|false)\\b", "B");
    }

    private static Waarde voorbeeld(Kolomtype type) {
        return new Waarde(type.soort(), switch (type.soort()) {
            case TEKST -> "x";
            case DATUM -> "2027-01-01";
            case GEHEEL -> "1";
            case DECIMAAL -> "1.5";
            case JA_NEE -> "true";
            case CODE, KEUZE -> type.constanten().get(0);
        });
    }

    private static byte[] bewerk(String pad, byte[] inhoud, List<Bewerking> bewerkingen) throws Exception {
        Sjabloon sjabloon = Sjabloon.van(pad, Werkmaplezer.lees(inhoud));
        try (Workbook werkmap = WorkbookFactory.create(new ByteArrayInputStream(inhoud))) {
            bewerkingen.forEach(b -> b.pasToe(werkmap, sjabloon));
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return uit.toByteArray();
        }
    }

    @Provide
    Arbitrary<Path> tabel() {
        return Arbitraries.of(TABELLEN);
    }

    @Provide
    Arbitrary<List<Bewerking>> bewerkingen() {
        Arbitrary<Integer> rij = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(11, 45)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 11)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 150)));
        Arbitrary<Integer> kolom = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 11)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(12, 63)));
        Arbitrary<Integer> blad = Arbitraries.integers().between(0, 3);
        Arbitrary<Bewerking> zet = Combinators.combine(blad, rij, kolom, inhoud()).as(Bewerking.ZetCel::new);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        Arbitrary<Bewerking> data = Combinators.combine(index, index, index, inhoud()).as(Bewerking.ZetDatacel::new);
        Arbitrary<Bewerking> rijErbij = Combinators.combine(blad, rij).as(Bewerking.VoegRijIn::new);
        Arbitrary<Bewerking> rijEraf = Combinators.combine(blad, rij).as(Bewerking.VerwijderRij::new);
        Arbitrary<Bewerking> nieuwBlad = Combinators.combine(Arbitraries.of("Functies", "Blad2", "Percelen2", "RuleSet", "x"),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 3), inhoud()).as(Bewerking.NieuwBlad::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, data), net.jqwik.api.Tuple.of(5, zet), net.jqwik.api.Tuple.of(1, rijErbij), net.jqwik.api.Tuple.of(1, rijEraf),
                net.jqwik.api.Tuple.of(1, nieuwBlad)).list().ofMinSize(1).ofMaxSize(4);
    }

    static Arbitrary<Object> inhoud() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40).map(s -> s),
                Arbitraries.strings().withChars("\"\\$(){};@/*.=-+ '").ofMaxLength(20).map(s -> s),
                Arbitraries.of("RuleTable Proef", "ruletable X", "RULETABLE Y", "RuleTable", "Functions", "Queries", "Declare",
                        "Import", "RuleSet", "Variables", "CONDITION", "ACTION", "METADATA", "NO-LOOP", "PRIORITY", "Notes", "Sequential"),
                Arbitraries.of("function void f() { java.lang.System.exit(1); }", "rule \"x\" when then System.exit(2); end",
                        "\"); System.exit(3); //", "1); System.exit(4); //", "x\") @enabled(false) @y(\"",
                        "java.lang.Runtime.getRuntime().exec(\"touch /tmp/x\")", "$param", "eval(true)", "A1; System.exit(5)",
                        "IB-BASIS\"); System.exit(6); //", "BGI\n", "end\nrule \"y\" when then end"),
                Arbitraries.of("\u00A0", "\u2003", "\u200B", " ", "\t", "\n", "\u3000", "\uFEFF", " 1 ", "\u00A012"),
                Arbitraries.of("Rule\u0422able Percelen", "RuleTab1e", "\u0412GI", "\u039ADV", "A\u0031", "\u0410\u0031", "\uFF21\uFF11"),
                Arbitraries.of("=1+1", "=A1", "=HYPERLINK(\"http://x\")", "=CONCAT(\"a\",\"b\")", "=12*2"),
                Arbitraries.doubles().between(-1e12, 1e12).map(d -> (Object) d),
                Arbitraries.integers().between(-5, 100).map(i -> (Object) (double) i),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.of(LocalDate.of(2027, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(2100, 2, 28)).map(d -> (Object) d),
                Arbitraries.strings().alpha().ofMinLength(2500).ofMaxLength(5000).map(s -> s));
    }

    private static List<Path> tabellen() {
        try (Stream<Path> paden = Files.walk(Path.of("decision-tables"))) {
            return paden.filter(p -> p.toString().endsWith(".drl.xlsx")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
