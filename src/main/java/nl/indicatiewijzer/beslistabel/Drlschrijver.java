package nl.indicatiewijzer.beslistabel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indicatiewijzer.beslistabel.Invulling.Bladinvulling;
import nl.indicatiewijzer.beslistabel.Invulling.Tabelinvulling;
import nl.indicatiewijzer.beslistabel.Sjabloon.Kop;

/**
 * Writes the DRL of a decision table from its trusted template and the typed values of its data
 * cells, the way Drools' decision tables read: one rule per data row, named after the table, file and
 * row and marked {@code @beslistabel}; METADATA columns as annotations; each CONDITION column with an
 * object as a pattern of that object, without one as a condition of its own; ACTION columns in the
 * consequence; an empty cell leaves its column out. Text reaches the DRL only as a {@link Literaal};
 * every other value has already been matched against its exact form and is checked again here.
 */
public final class Drlschrijver {
    private static final Pattern ONVERDACHT = Pattern.compile("-?\\d{1,12}(\\.\\d{1,12})?|true|false|[A-Z][A-Z0-9_]*");
    /** The annotation that marks a rule as a row of a decision table: its texts are literal, without {placeholders}. */
    public static final String BESLISTABEL = "beslistabel";
    private static final String PARAM = "$param";
    private static final Pattern ANNOTATIE = Pattern.compile("([a-z]\\w*)\\(\"\\$param\"\\)");
    /** An ACTION column's template that changes one fact with one expression: {@code modify($p){ setNaam("$param") }}. */
    private static final Pattern WIJZIGING = Pattern.compile("modify\\((\\$\\w+)\\)\\s*\\{\\s*([^{};,]+?)\\s*\\}");

    /** The DRL of one sheet, and per line (index 0 is line 1) the row and column it came from, or null. */
    public record Drl(String blad, String tekst, List<Herkomst> regels) {
        public Herkomst herkomst(int regel) {
            return regel >= 1 && regel <= regels.size() ? regels.get(regel - 1) : null;
        }
    }

    public record Herkomst(int rij, Kolom kolom) {
    }

    private final StringBuilder drl = new StringBuilder();
    private final List<Herkomst> regels = new ArrayList<>();

    private Drlschrijver() {
    }

    /** The DRL of every sheet that has rule tables. */
    public static List<Drl> schrijf(Invulling invulling) {
        List<Drl> uit = new ArrayList<>();
        for (Bladinvulling blad : invulling.bladen()) {
            if (!blad.tabellen().isEmpty()) {
                Drlschrijver schrijver = new Drlschrijver();
                schrijver.blad(invulling.sjabloon().naam(), blad);
                uit.add(new Drl(blad.sjabloon().naam(), schrijver.drl.toString(), java.util.Collections.unmodifiableList(schrijver.regels)));
            }
        }
        return uit;
    }

    private void blad(String bestand, Bladinvulling blad) {
        Kop kop = blad.sjabloon().kop();
        regel("package " + kop.pakket() + ";", null);
        kop.imports().forEach(i -> regel("import " + i + ";", null));
        kop.globals().forEach(g -> regel("global " + g + ";", null));
        for (Tabelinvulling tabel : blad.tabellen()) {
            for (int i = 0; i < tabel.rijen().size(); i++) {
                regel(bestand, kop, tabel, tabel.rijen().get(i).nummer(), tabel.waarden().get(i));
            }
        }
    }

    /** The name of the rule a table row becomes: what the justification and the coverage call it. */
    public static String regelnaam(String tabel, String bestand, int rij) {
        return tabel + " (" + bestand + "), rij " + rij;
    }

    private void regel(String bestand, Kop kop, Tabelinvulling tabel, int rij, List<Waarde> waarden) {
        List<Kolom> kolommen = tabel.sjabloon().kolommen();
        Herkomst herkomst = new Herkomst(rij, null);
        regel("", null);
        regel("rule " + Literaal.van(regelnaam(tabel.naam(), bestand, rij)), herkomst);
        regel("\t@" + BESLISTABEL + "(" + Literaal.van(bestand) + ")", herkomst);
        for (int k = 0; k < kolommen.size(); k++) {
            Kolom kolom = kolommen.get(k);
            if (kolom.isMetadata() && waarden.get(k) != null) {
                Matcher naam = ANNOTATIE.matcher(kolom.code());
                naam.matches();
                regel("\t@" + naam.group(1) + "(" + Literaal.van(waarden.get(k).tekst()) + ")", new Herkomst(rij, kolom));
            }
        }
        if (kop.prioriteit() != null) {
            regel("\tsalience " + kop.prioriteit(), herkomst);
        }
        if (kop.geenLus()) {
            regel("\tno-loop true", herkomst);
        }
        regel("\twhen", herkomst);
        for (int k = 0; k < kolommen.size(); k++) {
            Kolom kolom = kolommen.get(k);
            if (kolom.isVoorwaarde() && waarden.get(k) != null) {
                String code = vul(kolom, waarden.get(k));
                regel("\t\t" + (kolom.object().isEmpty() ? code : kolom.object() + "(" + code + ")"), new Herkomst(rij, kolom));
            }
        }
        regel("\tthen", herkomst);
        List<Integer> acties = new ArrayList<>();
        for (int k = 0; k < kolommen.size(); k++) {
            if (kolommen.get(k).isActie() && waarden.get(k) != null) {
                acties.add(k);
            }
        }
        List<String> feiten = acties.stream().map(k -> gewijzigdFeit(kolommen.get(k))).toList();
        for (int i = 0; i < acties.size(); ) {
            String feit = feiten.get(i);
            int j = i + 1;
            while (feit != null && j < acties.size() && feit.equals(feiten.get(j))) {
                j++;
            }
            if (j == i + 1) {
                regel("\t\t" + vul(kolommen.get(acties.get(i)), waarden.get(acties.get(i))), new Herkomst(rij, kolommen.get(acties.get(i))));
            } else {
                wijzig(feit, kolommen, waarden, acties.subList(i, j), rij);
            }
            i = j;
        }
        regel("end", herkomst);
    }

    /** The fact an ACTION column changes on its own ({@code modify($x){ ... }}), or null. */
    private static String gewijzigdFeit(Kolom kolom) {
        Matcher m = WIJZIGING.matcher(kolom.code());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * Adjacent columns that each change the same fact, as one modify: the fact goes through the network once
     * instead of once per column (README, "Snelheid"). Each column's change keeps a line of its own.
     */
    private void wijzig(String feit, List<Kolom> kolommen, List<Waarde> waarden, List<Integer> acties, int rij) {
        regel("\t\tmodify(" + feit + ") {", new Herkomst(rij, null));
        for (int a = 0; a < acties.size(); a++) {
            Kolom kolom = kolommen.get(acties.get(a));
            Matcher m = WIJZIGING.matcher(kolom.code());
            m.matches();
            Kolom alleenDeWijziging = new Kolom(kolom.index(), kolom.soort(), kolom.object(), m.group(2), kolom.label(), kolom.type());
            regel("\t\t\t" + vul(alleenDeWijziging, waarden.get(acties.get(a))) + (a < acties.size() - 1 ? "," : ""), new Herkomst(rij, kolom));
        }
        regel("\t\t}", new Herkomst(rij, null));
    }

    /**
     * The column's code with the value in place of each {@code $param}, in one pass over the template
     * (so a value that itself reads "$param" stays a value): text as a literal in place of
     * {@code "$param"} (or after {@code //}), any other value as its checked form in place of {@code $param}.
     */
    static String vul(Kolom kolom, Waarde waarde) {
        String code = kolom.code();
        boolean literaal = kolom.type().alsLiteraal();
        if (!literaal && !ONVERDACHT.matcher(waarde.tekst()).matches()) {
            throw new IllegalStateException("ongeldige waarde voor " + kolom.naam());
        }
        String ingevuld = literaal ? Literaal.van(waarde.tekst()) : waarde.tekst();
        StringBuilder uit = new StringBuilder(code.length() + ingevuld.length());
        int vanaf = 0;
        for (int plek = code.indexOf(PARAM); plek >= 0; plek = code.indexOf(PARAM, vanaf)) {
            boolean tussenAanhalingstekens = plek > 0 && code.charAt(plek - 1) == '"' && code.startsWith("\"", plek + PARAM.length());
            if (literaal && tussenAanhalingstekens) {
                uit.append(code, vanaf, plek - 1).append(ingevuld);
                vanaf = plek + PARAM.length() + 1;
            } else if (!literaal || code.startsWith("//")) {
                uit.append(code, vanaf, plek).append(ingevuld);
                vanaf = plek + PARAM.length();
            } else {
                throw new IllegalStateException("tekst zonder aanhalingstekens in " + kolom.naam());
            }
        }
        return uit.append(code, vanaf, code.length()).toString();
    }

    private void regel(String tekst, Herkomst herkomst) {
        drl.append(tekst).append('\n');
        regels.add(herkomst);
    }
}
