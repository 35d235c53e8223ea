package nl.indicatiewijzer.beslistabel;

import static nl.indicatiewijzer.beslistabel.Grenzen.EXCEL_KOLOMMEN;
import static nl.indicatiewijzer.beslistabel.Grenzen.EXCEL_RIJEN;
import static nl.indicatiewijzer.beslistabel.Grenzen.GEVULDE_CELLEN;
import static nl.indicatiewijzer.beslistabel.Grenzen.KOLOMMEN;
import static nl.indicatiewijzer.beslistabel.Grenzen.RIJEN;
import static nl.indicatiewijzer.beslistabel.Grenzen.TEKENS_PER_TEKST;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The worksheets of one workbook (ECMA-376 Part 1, 18.3): sheetData's rows (row) and their cells (c),
 * typed. A row or cell without its reference (r) follows the one before it. Only filled cells count
 * toward the limits: Excel also stores cells and rows that merely have a format, anywhere on the sheet.
 * Rows, cells, values and their attributes of another namespace are not the sheet's ({@link Naamruimten}).
 */
final class Bladlezer {
    private final Celtypering typering;
    private int gevuldeCellen;

    Bladlezer(Celtypering typering) {
        this.typering = typering;
    }

    Blad lees(Xmllezer xml, String blad) throws OnleesbareWerkmap {
        if (!xml.volgende() || !xml.isBegin("worksheet")) {
            throw andereBladsoort(xml, blad);
        }
        List<Rij> rijen = new ArrayList<>();
        boolean gelezen = false;
        while (xml.volgende()) {
            if (xml.isBegin("sheetData")) {
                if (gelezen) {
                    throw Weigering.beschadigd("het blad '" + blad + "' heeft zijn cellen twee keer", blad, null);
                }
                leesRijen(xml, blad, rijen);
                gelezen = true;
            } else if (xml.isBegin()) {
                xml.slaOver();
            }
        }
        return new Blad(blad, List.copyOf(rijen));
    }

    private void leesRijen(Xmllezer xml, String blad, List<Rij> rijen) throws OnleesbareWerkmap {
        Cel[] cellen = new Cel[KOLOMMEN];
        int vorige = 0;
        while (xml.volgende() && xml.diepte() >= 2) {
            if (xml.diepte() == 3 && xml.isBegin("row")) {
                int rij = xml.getalAttribuut("r", vorige + 1);
                if (rij <= vorige || rij > EXCEL_RIJEN) {
                    throw Weigering.beschadigd("het blad '" + blad + "' heeft na rij " + vorige + " een rij met het nummer '"
                            + Weigering.kort(String.valueOf(xml.attribuut("r"))) + "'", blad, null);
                }
                int laatste = leesRij(xml, blad, rij, cellen);
                if (laatste >= 0) {
                    while (rijen.size() < rij - 1) {
                        rijen.add(new Rij(rijen.size() + 1, List.of()));
                    }
                    List<Cel> rijcellen = new ArrayList<>(laatste + 1);
                    for (int k = 0; k <= laatste; k++) {
                        rijcellen.add(cellen[k] == null ? Cel.LEEG : cellen[k]);
                    }
                    rijen.add(new Rij(rij, List.copyOf(rijcellen)));
                }
                vorige = rij;
            } else if (xml.isBegin()) {
                xml.slaOver();
            }
        }
    }

    /** Reads the cells of a row into {@code cellen}; returns the column of its last filled cell, or -1. */
    private int leesRij(Xmllezer xml, String blad, int rij, Cel[] cellen) throws OnleesbareWerkmap {
        Arrays.fill(cellen, null);
        int vorige = -1;
        int laatste = -1;
        while (xml.volgende() && xml.diepte() >= 3) {
            if (xml.diepte() == 4 && xml.isBegin("c")) {
                int kolom = kolom(xml.attribuut("r"), vorige, rij, blad);
                Cel cel = leesCel(xml, blad, new Celverwijzing(kolom, rij));
                if (!cel.leeg()) {
                    String naam = new Celverwijzing(kolom, rij).toString();
                    if (rij > RIJEN) {
                        throw Weigering.rijTeVer(blad, naam, rij);
                    }
                    if (kolom >= KOLOMMEN) {
                        throw Weigering.kolomTeVer(blad, naam, Celverwijzing.kolomletters(kolom));
                    }
                    if (++gevuldeCellen > GEVULDE_CELLEN) {
                        throw Weigering.teVeelCellen(blad, naam);
                    }
                    cellen[kolom] = cel;
                    laatste = kolom;
                }
                vorige = kolom;
            } else if (xml.isBegin()) {
                xml.slaOver();
            }
        }
        return laatste;
    }

    private static int kolom(String verwijzing, int vorige, int rij, String blad) throws OnleesbareWerkmap {
        if (verwijzing == null) {
            if (vorige + 1 >= EXCEL_KOLOMMEN) {
                throw Weigering.beschadigd("het blad '" + blad + "' heeft in rij " + rij + " cellen voorbij kolom XFD", blad, null);
            }
            return vorige + 1;
        }
        Celverwijzing cel = Celverwijzing.lees(verwijzing);
        if (cel == null) {
            throw Weigering.beschadigd("het blad '" + blad + "' heeft in rij " + rij + " een cel met de ongeldige verwijzing '"
                    + Weigering.kort(verwijzing) + "'", blad, null);
        }
        if (cel.rij() != rij) {
            throw Weigering.beschadigd("het blad '" + blad + "' heeft de cel " + cel + " in rij " + rij, blad, cel.toString());
        }
        if (cel.kolom() <= vorige) {
            throw Weigering.beschadigd("het blad '" + blad + "' heeft de cel " + cel + " na de cel " + new Celverwijzing(vorige, rij)
                    + "; de cellen van een rij staan op volgorde", blad, cel.toString());
        }
        return cel.kolom();
    }

    private Cel leesCel(Xmllezer xml, String blad, Celverwijzing cel) throws OnleesbareWerkmap {
        String type = xml.attribuut("t");
        int stijl = xml.getalAttribuut("s", 0);
        if (stijl < 0) {
            throw Weigering.beschadigd("het blad '" + blad + "' heeft in cel " + cel + " een ongeldige opmaak", blad, cel.toString());
        }
        Supplier<OnleesbareWerkmap> teLang = () -> Weigering.teLangeTekst(blad, cel.toString());
        String waarde = null;
        String formule = null;
        String inline = null;
        int eigen = xml.diepte();
        while (xml.volgende() && xml.diepte() >= eigen) {
            if (xml.isBegin("v")) {
                eenmaal(waarde, blad, cel);
                waarde = xml.tekst(TEKENS_PER_TEKST, teLang);
            } else if (xml.isBegin("f")) {
                eenmaal(formule, blad, cel);
                // the cells that share a formula (t="shared") after the first store only its number (si)
                String gedeeld = "shared".equals(xml.attribuut("t")) ? "(gedeelde formule)" : "(formule)";
                formule = xml.tekst(TEKENS_PER_TEKST, teLang);
                formule = formule.isEmpty() ? gedeeld : formule;
            } else if (xml.isBegin("is")) {
                eenmaal(inline, blad, cel);
                inline = Tekstinhoud.lees(xml, teLang);
            } else if (xml.isBegin()) {
                xml.slaOver();
            }
        }
        if (waarde == null && formule == null && inline == null) {
            return Cel.LEEG;
        }
        return typering.typeer(new Celtypering.Ruw(type, stijl, waarde, formule, inline), blad, cel.toString());
    }

    /** A cell has one value (v), one formula (f) and one inline string (is): POI reads the first of two. */
    private static void eenmaal(String eerder, String blad, Celverwijzing cel) throws OnleesbareWerkmap {
        if (eerder != null) {
            throw Weigering.beschadigd("het blad '" + blad + "' heeft in cel " + cel + " twee waarden, formules of teksten",
                    blad, cel.toString());
        }
    }

    private static OnleesbareWerkmap andereBladsoort(Xmllezer xml, String blad) {
        if (xml.isBegin("chartsheet")) {
            return Weigering.geenWerkblad(blad, "grafiekblad");
        }
        if (xml.isBegin("dialogsheet")) {
            return Weigering.geenWerkblad(blad, "dialoogblad");
        }
        if (xml.isBegin("macrosheet")) {
            return Weigering.macros();
        }
        return Weigering.beschadigd("het blad '" + blad + "' is geen werkblad", blad, null);
    }
}
