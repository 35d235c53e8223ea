package nl.indicatiewijzer.beslistabel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * xl/workbook.xml (ECMA-376 Part 1, 18.2): the sheets in their order, each with the relationship that
 * names its part; whether dates count from 1904 (workbookPr date1904); and the defined names.
 */
record Werkmapopbouw(List<Bladverwijzing> bladen, boolean datum1904, List<String> namen) {
    private static final int BLADNAAM = 31;

    record Bladverwijzing(String naam, String relatie) {
    }

    static Werkmapopbouw lees(Xmllezer xml) throws OnleesbareWerkmap {
        List<Bladverwijzing> bladen = new ArrayList<>();
        Set<String> bladnamen = new HashSet<>();
        List<String> namen = new ArrayList<>();
        boolean datum1904 = false;
        while (xml.volgende()) {
            if (xml.diepte() == 2 && xml.isBegin("workbookPr")) {
                String waarde = xml.attribuut("date1904");
                datum1904 = "1".equals(waarde) || "true".equals(waarde);
            } else if (xml.diepte() == 3 && xml.isBegin("sheet")) {
                String naam = xml.attribuut("name");
                String relatie = xml.attribuut("id");
                if (naam == null || naam.isEmpty() || relatie == null) {
                    throw Weigering.beschadigd("een blad van de werkmap heeft geen naam of geen onderdeel");
                }
                if (naam.length() > BLADNAAM) {
                    throw Weigering.beschadigd("de naam van het blad '" + Weigering.kort(naam) + "' is langer dan Excel toestaat ("
                            + BLADNAAM + " tekens)");
                }
                if (bladen.size() == Grenzen.BLADEN) {
                    throw Weigering.teVeelBladen();
                }
                // Excel compares sheet names without regard to case
                if (!bladnamen.add(naam.toLowerCase(Locale.ROOT))) {
                    throw Weigering.beschadigd("de werkmap heeft twee bladen met de naam '" + naam + "'");
                }
                bladen.add(new Bladverwijzing(naam, relatie));
            } else if (xml.diepte() == 3 && xml.isBegin("definedName")) {
                if (namen.size() == Grenzen.NAMEN) {
                    throw Weigering.teVeelNamen();
                }
                String naam = begrensd(xml.attribuut("name"));
                if (naam != null) {
                    namen.add(naam);
                }
            }
        }
        if (bladen.isEmpty()) {
            throw Weigering.beschadigd("de werkmap heeft geen bladen");
        }
        return new Werkmapopbouw(List.copyOf(bladen), datum1904, List.copyOf(namen));
    }

    private static String begrensd(String naam) throws OnleesbareWerkmap {
        if (naam != null && naam.length() > Grenzen.TEKENS_PER_TEKST) {
            throw Weigering.teLangeTekst();
        }
        return naam;
    }
}
