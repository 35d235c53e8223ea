package nl.indicatiewijzer.beslistabel;

import java.util.Locale;

/**
 * [Content_Types].xml (ECMA-376 Part 2, Content Types): refuses the content types that mean macros
 * (a macro-enabled workbook, a VBA project, an Excel 4.0 macro sheet), external links or comments.
 */
final class Inhoudstypen {

    private Inhoudstypen() {
    }

    static void controleer(Xmllezer xml) throws OnleesbareWerkmap {
        if (!xml.volgende() || !xml.isBegin("Types")) {
            throw xml.onverwacht();
        }
        while (xml.volgende()) {
            if (xml.isBegin("Default") || xml.isBegin("Override")) {
                String type = String.valueOf(xml.attribuut("ContentType")).toLowerCase(Locale.ROOT);
                if (type.contains("macroenabled") || type.contains("vbaproject") || type.contains("macrosheet")) {
                    throw Weigering.macros();
                }
                if (type.contains("externallink")) {
                    throw Weigering.externeKoppeling();
                }
                // spreadsheetml.comments+xml (notes) and threadedcomments+xml
                if (type.contains("comments")) {
                    throw Weigering.opmerkingen();
                }
            }
        }
    }
}
