package nl.indicatiewijzer.beslistabel;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX over one part of a workbook, pulled element by element. No DTD and no external entities; UTF-8
 * only (what Excel writes); and the parser's own memory stays small: the nesting depth, the distinct
 * names it keeps ({@link Xmlnamen}) and the characters it holds at once (a start tag with its
 * attributes, {@link Markupgrens}) are bounded. Only elements in the part's own namespaces reach the
 * reader of the part ({@link Naamruimten}), matched by local name (transitional and strict differ in
 * namespace, not in names); attributes are those without a namespace, and r:id.
 */
final class Xmllezer {
    private final XMLStreamReader xml;
    private final String onderdeel;
    private final Naamruimten naamruimten;
    private final Xmlnamen namen;
    private int diepte;

    private Xmllezer(XMLStreamReader xml, String onderdeel, Naamruimten naamruimten) {
        this.xml = xml;
        this.onderdeel = onderdeel;
        this.naamruimten = naamruimten;
        this.namen = new Xmlnamen(onderdeel);
    }

    static Xmllezer open(InputStream inhoud, String onderdeel, Naamruimten naamruimten) throws OnleesbareWerkmap {
        return new Xmllezer(Xmlbron.open(inhoud, onderdeel), onderdeel, naamruimten);
    }

    /**
     * Moves to the next start or end element in the part's own namespaces; false at the end of the part.
     * An element of another namespace is skipped with all it holds, or refused ({@link Naamruimten}).
     */
    boolean volgende() throws OnleesbareWerkmap {
        while (stap()) {
            if (isBegin() && !naamruimten.eigen(xml.getNamespaceURI())) {
                vreemd();
            } else {
                return true;
            }
        }
        return false;
    }

    /** The depth of the current start element (the root is 1); at an end element, that of its parent. */
    int diepte() {
        return diepte;
    }

    boolean isBegin() {
        return xml.getEventType() == START_ELEMENT;
    }

    boolean isBegin(String naam) {
        return isBegin() && xml.getLocalName().equals(naam);
    }

    /** The attribute of the current start element with this name and no namespace, or null. */
    String attribuut(String naam) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (Naamruimten.zonder(xml.getAttributeNamespace(i)) && xml.getAttributeLocalName(i).equals(naam)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The relationship id (r:id) of the current start element, in either relationships namespace, or null. */
    String relatie() throws OnleesbareWerkmap {
        String id = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (Naamruimten.relatieId(xml.getAttributeNamespace(i)) && xml.getAttributeLocalName(i).equals("id")) {
                if (id != null) {
                    throw Weigering.vreemdeXml(onderdeel, "met twee verwijzingen (r:id) in één element");
                }
                id = xml.getAttributeValue(i);
            }
        }
        return id;
    }

    /** The attribute as a whole number of at most nine digits; {@code standaard} when absent, -1 when not such a number. */
    int getalAttribuut(String naam, int standaard) {
        String waarde = attribuut(naam);
        if (waarde == null) {
            return standaard;
        }
        if (waarde.isEmpty() || waarde.length() > 9) {
            return -1;
        }
        int getal = 0;
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            getal = getal * 10 + c - '0';
        }
        return getal;
    }

    /** The text of the current start element, up to and including its end; refused beyond {@code max} characters. */
    String tekst(int max, Supplier<OnleesbareWerkmap> teLang) throws OnleesbareWerkmap {
        StringBuilder tekst = new StringBuilder();
        try {
            while (true) {
                switch (xml.next()) {
                    case CHARACTERS, CDATA, SPACE -> {
                        if (tekst.length() + xml.getTextLength() > max) {
                            throw teLang.get();
                        }
                        tekst.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                    case END_ELEMENT -> {
                        diepte--;
                        return tekst.toString();
                    }
                    case START_ELEMENT -> throw Weigering.vreemdeXml(onderdeel, "met een element binnen een tekst");
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw Weigering.geenXml(onderdeel);
        }
    }

    /** Reads up to the root element, whatever its namespace: a DTD can stand only before it (XML 1.0, 2.8). */
    void leesProloog() throws OnleesbareWerkmap {
        stap();
    }

    /** Skips the current start element, up to and including its end, whatever it holds. */
    void slaOver() throws OnleesbareWerkmap {
        int eigen = diepte;
        while (stap() && diepte >= eigen) {
            // inside the skipped element
        }
    }

    /** Refusal of the current element, which the reader of the part does not expect where it stands. */
    OnleesbareWerkmap onverwacht() {
        return Weigering.vreemdeXml(onderdeel, isBegin() ? "met het onverwachte element '" + Weigering.kort(naam()) + "'"
                : "zonder het element dat er hoort");
    }

    /** Refusal of an element that stands twice where it belongs once (POI reads the first). */
    OnleesbareWerkmap tweeKeer(String element) {
        return Weigering.tweeKeer(onderdeel, element);
    }

    /** Skips the current element of another namespace, or refuses it, or what it holds. */
    private void vreemd() throws OnleesbareWerkmap {
        String element = naam();
        if (!naamruimten.vreemdOverslaan()) {
            throw Weigering.vreemdeXml(onderdeel, "met het element '" + Weigering.kort(element) + "' uit een andere naamruimte");
        }
        int eigen = diepte;
        while (stap() && diepte >= eigen) {
            if (isBegin() && naamruimten.eigen(xml.getNamespaceURI())) {
                throw Weigering.gegevensInVreemdElement(onderdeel, element);
            }
        }
    }

    /** Moves to the next start or end element of any namespace; false at the end of the part. */
    private boolean stap() throws OnleesbareWerkmap {
        try {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case START_ELEMENT -> {
                        namen.begin(xml, ++diepte);
                        return true;
                    }
                    case END_ELEMENT -> {
                        diepte--;
                        return true;
                    }
                    case DTD -> throw Weigering.dtd(onderdeel);
                    default -> {
                        // text between elements, comments, processing instructions
                    }
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw Weigering.geenXml(onderdeel);
        }
    }

    private String naam() {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }
}
