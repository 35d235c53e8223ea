package nl.indicatiewijzer.beslistabel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A relationships part (ECMA-376 Part 2, 9.3): _rels/.rels, which names the workbook, and
 * xl/_rels/workbook.xml.rels, which names its sheets, shared strings and styles. Only Relationship
 * elements directly in Relationships, in the relationships namespace: POI reads them at any depth, so
 * any other element is refused.
 */
final class Relaties {

    /**
     * {@code soort}: the last segment of a relationship type that Excel writes (worksheet, sharedStrings,
     * styles, officeDocument), else the whole type; {@code onderdeel}: a part key.
     */
    record Relatie(String soort, String onderdeel) {
    }

    /** Transitional, strict and Microsoft's own relationship types (vbaProject, xlMacrosheet). */
    private static final List<String> TYPEN = List.of("http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/", "http://schemas.microsoft.com/office/2006/relationships/");

    private final Map<String, Relatie> perId = new LinkedHashMap<>();

    private Relaties() {
    }

    /** @param bron the part whose relationships these are, from which a relative target is resolved: /xl/workbook.xml, or / */
    static Relaties lees(Xmllezer xml, String bron) throws OnleesbareWerkmap {
        if (!xml.volgende() || !xml.isBegin("Relationships")) {
            throw xml.onverwacht();
        }
        Relaties relaties = new Relaties();
        while (xml.volgende()) {
            if (!xml.isBegin()) {
                continue;
            }
            if (xml.diepte() != 2 || !xml.isBegin("Relationship")) {
                throw xml.onverwacht();
            }
            if (relaties.perId.size() == Grenzen.RELATIES) {
                throw Weigering.teVeelRelaties();
            }
            if ("External".equalsIgnoreCase(xml.attribuut("TargetMode"))) {
                throw Weigering.externeKoppeling();
            }
            String id = xml.attribuut("Id");
            String type = xml.attribuut("Type");
            String doel = xml.attribuut("Target");
            if (id == null || type == null || doel == null) {
                throw Weigering.beschadigd("een verwijzing van de werkmap is onvolledig");
            }
            if (relaties.perId.put(id, new Relatie(soort(type), naarOnderdeel(URI.create(bron), doel))) != null) {
                throw Weigering.beschadigd("de werkmap heeft twee verwijzingen met dezelfde naam");
            }
        }
        return relaties;
    }

    Relatie relatie(String id) {
        return perId.get(id);
    }

    /** The part of the first relationship of this kind, or null. */
    String onderdeelVanSoort(String soort) {
        return perId.values().stream().filter(r -> r.soort().equals(soort)).map(Relatie::onderdeel).findFirst().orElse(null);
    }

    /** How many relationships of this kind there are. */
    long aantalVanSoort(String soort) {
        return perId.values().stream().filter(r -> r.soort().equals(soort)).count();
    }

    private static String soort(String type) {
        for (String begin : TYPEN) {
            if (type.startsWith(begin) && type.indexOf('/', begin.length()) < 0) {
                return type.substring(begin.length());
            }
        }
        return type;
    }

    /** The part a target names: relative to the source part's folder, or absolute from the package root. */
    private static String naarOnderdeel(URI bron, String doel) throws OnleesbareWerkmap {
        URI uri;
        try {
            uri = bron.resolve(new URI(doel)).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw Weigering.beschadigd("de werkmap verwijst naar '" + Weigering.kort(doel) + "', wat geen onderdeel kan zijn");
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null) {
            throw Weigering.externeKoppeling();
        }
        String pad = uri.getRawPath();
        if (pad == null || !pad.startsWith("/") || pad.startsWith("/../")) {
            throw Weigering.beschadigd("de werkmap verwijst naar '" + Weigering.kort(doel) + "', buiten het bestand");
        }
        return Zipdoorloop.sleutel(pad.substring(1));
    }
}
