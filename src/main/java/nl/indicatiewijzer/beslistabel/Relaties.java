package nl.indicatiewijzer.beslistabel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/** xl/_rels/workbook.xml.rels (ECMA-376 Part 2, Relationships): the part each relationship of the workbook names. */
final class Relaties {

    /** {@code soort}: the last segment of the relationship type (worksheet, sharedStrings, styles); {@code onderdeel}: a part key. */
    record Relatie(String soort, String onderdeel) {
    }

    private static final URI WERKMAP = URI.create("/xl/workbook.xml");

    private final Map<String, Relatie> perId = new LinkedHashMap<>();

    private Relaties() {
    }

    static Relaties lees(Xmllezer xml) throws OnleesbareWerkmap {
        Relaties relaties = new Relaties();
        while (xml.volgende()) {
            if (xml.isBegin("Relationship")) {
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
                Relatie relatie = new Relatie(type.substring(type.lastIndexOf('/') + 1), naarOnderdeel(doel));
                if (relaties.perId.put(id, relatie) != null) {
                    throw Weigering.beschadigd("de werkmap heeft twee verwijzingen met dezelfde naam");
                }
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

    /** The part a target names: relative to xl/ (where the workbook is), or absolute from the package root. */
    private static String naarOnderdeel(String doel) throws OnleesbareWerkmap {
        URI uri;
        try {
            uri = WERKMAP.resolve(new URI(doel)).normalize();
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
