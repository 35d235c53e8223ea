package nl.indicatiewijzer.beslistabel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workbook as text for review: one line per filled cell, {@code Blad!C13 [soort] waarde}, sheet by
 * sheet in workbook order, read by the one reader of workbooks ({@link Werkmaplezer}). A changed cell
 * is a changed line, so {@code git diff} of a {@code .drl.xlsx} reads like code (the diff driver
 * {@code beslistabel} in {@code .gitattributes}, run by {@code bin/tabeltekst}; README, Bouw).
 * Line breaks, tabs and invisible characters in a value are written as escapes, so each cell stays one
 * line and nothing changed is invisible.
 */
public final class Werkmaptekst {
    private Werkmaptekst() {
    }

    public static String van(byte[] inhoud) {
        Werkmap werkmap;
        try {
            werkmap = Werkmaplezer.lees(inhoud);
        } catch (OnleesbareWerkmap e) {
            return "(onleesbare werkmap: " + e.getMessage() + ")\n";
        }
        StringBuilder tekst = new StringBuilder();
        for (String naam : werkmap.namen()) {
            tekst.append("(gedefinieerde naam) ").append(zichtbaar(naam)).append('\n');
        }
        for (Blad blad : werkmap.bladen()) {
            String voor = bladnaam(blad.naam()) + "!";
            for (Rij rij : blad.rijen()) {
                for (int kolom = 0; kolom < rij.cellen().size(); kolom++) {
                    Cel cel = rij.cel(kolom);
                    if (!cel.leeg()) {
                        tekst.append(voor).append(new Celverwijzing(kolom, rij.nummer())).append(" [")
                                .append(cel.soort().name().toLowerCase().replace('_', '-')).append("] ")
                                .append(zichtbaar(cel.tekst())).append('\n');
                    }
                }
            }
        }
        return tekst.toString();
    }

    /** As Excel writes a sheet in a reference: quoted unless it is letters, digits and '_' only. */
    static String bladnaam(String naam) {
        return naam.matches("[\\p{L}\\p{N}_]+") ? naam : "'" + naam.replace("'", "''") + "'";
    }

    public static String zichtbaar(String waarde) {
        StringBuilder uit = new StringBuilder();
        waarde.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> uit.append("\\\\");
                case '\n' -> uit.append("\\n");
                case '\r' -> uit.append("\\r");
                case '\t' -> uit.append("\\t");
                default -> {
                    int soort = Character.getType(c);
                    boolean onzichtbaar = c != ' ' && (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                            || soort == Character.FORMAT || soort == Character.UNASSIGNED || soort == Character.PRIVATE_USE);
                    uit.append(onzichtbaar ? String.format("\\u{%04X}", c) : Character.toString(c));
                }
            }
        });
        return uit.toString();
    }

    /** For git's textconv: prints the text of the workbook in the one file named. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("gebruik: bin/tabeltekst <werkmap.drl.xlsx>");
            System.exit(2);
        }
        PrintStream uit = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        uit.print(van(Files.readAllBytes(Path.of(args[0]))));
        uit.flush();
    }
}
