package nl.indicatiewijzer.beslistabel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * xl/workbook.xml (ECMA-376 Part 1, 18.2): the sheets in their order, each with the relationship that
 * names its part (r:id); whether dates count from 1904 (workbookPr date1904); and the defined names.
 * workbookPr, sheets and definedNames stand once: POI would read the first of two.
 */
record Werkmapopbouw(List<Bladverwijzing> bladen, boolean datum1904, List<String> namen) {
    private static final int BLADNAAM = 31;

    record Bladverwijzing(String naam, String relatie) {
    }

    static Werkmapopbouw lees(Xmllezer xml) throws OnleesbareWerkmap {
        if (!xml.volgende() || !xml.isBegin("workbook")) {
            throw Weigering.beschadigd("het onderdeel 'xl/workbook.xml' is geen werkmap");
        }
        List<Bladverwijzing> bladen = new ArrayList<>();
        Set<String> bladnamen = new HashSet<>();
        List<String> namen = new ArrayList<>();
        Set<String> onderdelen = new HashSet<>();
        boolean datum1904 = false;
        String lijst = "";
        while (xml.volgende()) {
            if (!xml.isBegin()) {
                continue;
            }
            if (xml.diepte() == 2 && (xml.isBegin("workbookPr") || xml.isBegin("sheets") || xml.isBegin("definedNames"))) {
                lijst = xml.isBegin("workbookPr") ? "workbookPr" : xml.isBegin("sheets") ? "sheets" : "definedNames";
                if (!onderdelen.add(lijst)) {
                    throw xml.tweeKeer(lijst);
                }
                if (lijst.equals("workbookPr")) {
                    datum1904 = datum1904(xml.attribuut("date1904"));
                    xml.slaOver();
                }
            } else if (xml.diepte() == 3 && lijst.equals("sheets") && xml.isBegin("sheet")) {
                bladen.add(blad(xml, bladen.size(), bladnamen));
                xml.slaOver();
            } else if (xml.diepte() == 3 && lijst.equals("definedNames") && xml.isBegin("definedName")) {
                if (namen.size() == Grenzen.NAMEN) {
                    throw Weigering.teVeelNamen();
                }
                String naam = begrensd(xml.attribuut("name"));
                if (naam != null) {
                    namen.add(naam);
                }
                xml.slaOver();
            } else {
                xml.slaOver();
            }
        }
        if (bladen.isEmpty()) {
            throw Weigering.beschadigd("de werkmap heeft geen bladen");
        }
        return new Werkmapopbouw(List.copyOf(bladen), datum1904, List.copyOf(namen));
    }

    private static Bladverwijzing blad(Xmllezer xml, int bladen, Set<String> bladnamen) throws OnleesbareWerkmap {
        String naam = xml.attribuut("name");
        String relatie = xml.relatie();
        if (naam == null || naam.isEmpty() || relatie == null) {
            throw Weigering.beschadigd("een blad van de werkmap heeft geen naam of geen onderdeel");
        }
        if (naam.length() > BLADNAAM) {
            throw Weigering.beschadigd("de naam van het blad '" + Weigering.kort(naam) + "' is langer dan Excel toestaat ("
                    + BLADNAAM + " tekens)");
        }
        if (bladen == Grenzen.BLADEN) {
            throw Weigering.teVeelBladen();
        }
        // Excel compares sheet names without regard to case
        if (!bladnamen.add(naam.toLowerCase(Locale.ROOT))) {
            throw Weigering.beschadigd("de werkmap heeft twee bladen met de naam '" + naam + "'");
        }
        return new Bladverwijzing(naam, relatie);
    }

    /** An xsd:boolean, its surrounding XML white space collapsed as POI and Excel do. */
    private static boolean datum1904(String waarde) throws OnleesbareWerkmap {
        String kern = waarde == null ? "false" : waarde.replaceAll("^[ \\t\\r\\n]+|[ \\t\\r\\n]+$", "");
        return switch (kern) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw Weigering.beschadigd("de werkmap zegt met '" + Weigering.kort(waarde) + "' niet of haar datums vanaf 1900 of"
                    + " vanaf 1904 tellen");
        };
    }

    private static String begrensd(String naam) throws OnleesbareWerkmap {
        if (naam != null && naam.length() > Grenzen.TEKENS_PER_TEKST) {
            throw Weigering.teLangeTekst();
        }
        return naam;
    }
}
