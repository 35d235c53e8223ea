package nl.indicatiewijzer.beslistabel;

import java.util.ArrayList;
import java.util.List;

/** xl/sharedStrings.xml (ECMA-376 Part 1, 18.4): the texts that cells of type s name by their index. */
final class GedeeldeTeksten {
    static final GedeeldeTeksten GEEN = new GedeeldeTeksten(List.of());

    private final List<String> teksten;

    private GedeeldeTeksten(List<String> teksten) {
        this.teksten = teksten;
    }

    /**
     * Counts while it reads: the string past the limit is refused before it is read, whatever sst's count
     * says. Only sst's own si count (an si of another namespace is no string, and shifts no index).
     */
    static GedeeldeTeksten lees(Xmllezer xml) throws OnleesbareWerkmap {
        if (!xml.volgende() || !xml.isBegin("sst")) {
            throw Weigering.beschadigd("de teksten of de opmaak van de werkmap ontbreken");
        }
        List<String> teksten = new ArrayList<>();
        long tekens = 0;
        while (xml.volgende()) {
            if (xml.isBegin("si")) {
                if (teksten.size() == Grenzen.GEDEELDE_TEKSTEN) {
                    throw Weigering.teVeelTeksten();
                }
                String tekst = Tekstinhoud.lees(xml, Weigering::teLangeTekst);
                tekens += tekst.length();
                if (tekens > Grenzen.TEKENS_GEDEELDE_TEKSTEN) {
                    throw Weigering.teVeelTekens();
                }
                teksten.add(tekst);
            } else if (xml.isBegin()) {
                xml.slaOver();
            }
        }
        return new GedeeldeTeksten(teksten);
    }

    /** The text at this index, or null when there is none. */
    String tekst(int index) {
        return index >= 0 && index < teksten.size() ? teksten.get(index) : null;
    }
}
