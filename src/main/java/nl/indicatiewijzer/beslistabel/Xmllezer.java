package nl.indicatiewijzer.beslistabel;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX over one part of a workbook, pulled element by element. No DTD and no external entities; UTF-8
 * only (what Excel writes); and the parser's own memory stays small: the nesting depth, the distinct
 * names it keeps and the characters it holds at once (a start tag with its attributes, {@link
 * Markupgrens}) are bounded. Elements are matched by local name: transitional and strict SpreadsheetML
 * differ in namespace, not in names.
 */
final class Xmllezer {
    private final XMLStreamReader xml;
    private final String onderdeel;
    private final Set<String> namen = new HashSet<>();
    private int tekensInNamen;
    private int diepte;

    private Xmllezer(XMLStreamReader xml, String onderdeel) {
        this.xml = xml;
        this.onderdeel = onderdeel;
    }

    /**
     * The part decoded as UTF-8 here, not by the parser: its own decoder prints "[Fatal Error]" to
     * System.err on a malformed byte; a byte order mark is skipped as the parser would.
     */
    static Xmllezer open(InputStream inhoud, String onderdeel) throws OnleesbareWerkmap {
        XMLInputFactory fabriek = XMLInputFactory.newDefaultFactory();
        fabriek.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        fabriek.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            PushbackReader tekens = new PushbackReader(new Markupgrens(
                    new InputStreamReader(inhoud, StandardCharsets.UTF_8.newDecoder()), onderdeel));
            int eerste = tekens.read();
            if (eerste >= 0 && eerste != '\uFEFF') {
                tekens.unread(eerste);
            }
            XMLStreamReader xml = fabriek.createXMLStreamReader(tekens);
            String tekenset = xml.getCharacterEncodingScheme();
            if (tekenset != null && !tekenset.equalsIgnoreCase("UTF-8") && !tekenset.equalsIgnoreCase("US-ASCII")) {
                throw Weigering.vreemdeXml(onderdeel, "in de tekenset '" + Weigering.kort(tekenset) + "'");
            }
            return new Xmllezer(xml, onderdeel);
        } catch (XMLStreamException | IOException e) {
            throw Weigering.geenXml(onderdeel);
        }
    }

    /** Moves to the next start or end element; false at the end of the part. */
    boolean volgende() throws OnleesbareWerkmap {
        try {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case START_ELEMENT -> {
                        begin();
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

    /** The attribute of the current start element with this local name, or null. */
    String attribuut(String naam) {
        return xml.getAttributeValue(null, naam);
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

    /** Reads up to the root element: a DTD can stand only before it (XML 1.0, 2.8 Prolog and Document Type Declaration). */
    void leesProloog() throws OnleesbareWerkmap {
        volgende();
    }

    /** Skips the current start element, up to and including its end. */
    void slaOver() throws OnleesbareWerkmap {
        int eigen = diepte;
        while (volgende() && diepte >= eigen) {
            // inside the skipped element
        }
    }

    private void begin() throws OnleesbareWerkmap {
        if (++diepte > Grenzen.XML_DIEPTE) {
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

    /** The parser keeps every name it has seen (its symbol table); so many distinct ones are not Excel's. */
    private void noteer(String naam) throws OnleesbareWerkmap {
        if (naam != null && namen.add(naam)) {
            tekensInNamen += naam.length();
            if (namen.size() > Grenzen.XML_NAMEN || tekensInNamen > Grenzen.XML_TEKENS_IN_NAMEN) {
                throw Weigering.vreemdeXml(onderdeel, "met meer verschillende namen dan Excel ooit gebruikt");
            }
        }
    }
}
