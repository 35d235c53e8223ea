package nl.indicatiewijzer.beslistabel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The StAX parser over one part: namespace-aware, no DTD, no external entities, UTF-8 only. */
final class Xmlbron {
    private Xmlbron() {
    }

    /**
     * The part decoded as UTF-8 here, not by the parser: its own decoder prints "[Fatal Error]" to
     * System.err on a malformed byte; a byte order mark is skipped as the parser would.
     */
    static XMLStreamReader open(InputStream inhoud, String onderdeel) throws OnleesbareWerkmap {
        XMLInputFactory fabriek = XMLInputFactory.newDefaultFactory();
        fabriek.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        fabriek.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        fabriek.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
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
            return xml;
        } catch (XMLStreamException | IOException e) {
            throw Weigering.geenXml(onderdeel);
        }
    }
}
