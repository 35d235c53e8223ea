package nl.indicatiewijzer.beslistabel;

import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;

/**
 * The shape of one part as the parser goes: the nesting depth, and the distinct element, attribute and
 * namespace names, which the parser keeps in its symbol table. So many of them are not Excel's.
 */
final class Xmlnamen {
    private final String onderdeel;
    private final Set<String> namen = new HashSet<>();
    private int tekens;

    Xmlnamen(String onderdeel) {
        this.onderdeel = onderdeel;
    }

    /** Notes the names of the start element the parser is at, at this depth. */
    void begin(XMLStreamReader xml, int diepte) throws OnleesbareWerkmap {
        if (diepte > Grenzen.XML_DIEPTE) {
            throw Weigering.vreemdeXml(onderdeel, "die dieper dan " + Grenzen.XML_DIEPTE + " niveaus gaat");
        }
        noteer(xml.getPrefix());
        noteer(xml.getLocalName());
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            noteer(xml.getNamespacePrefix(i));
            noteer(xml.getNamespaceURI(i));
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            noteer(xml.getAttributePrefix(i));
            noteer(xml.getAttributeLocalName(i));
        }
    }

    private void noteer(String naam) throws OnleesbareWerkmap {
        if (naam != null && namen.add(naam)) {
            tekens += naam.length();
            if (namen.size() > Grenzen.XML_NAMEN || tekens > Grenzen.XML_TEKENS_IN_NAMEN) {
                throw Weigering.vreemdeXml(onderdeel, "met meer verschillende namen dan Excel ooit gebruikt");
            }
        }
    }
}
