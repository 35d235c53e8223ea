package nl.indicatiewijzer.beslistabel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * xl/styles.xml (ECMA-376 Part 1, 18.8), read only for what it says about dates: the number format of
 * each cell format (cellXfs, which a cell's s attribute indexes) and the codes of the custom number
 * formats (numFmts).
 */
final class Stijlen {
    static final Stijlen GEEN = new Stijlen(new boolean[0]);

    private final boolean[] datum;

    private Stijlen(boolean[] datum) {
        this.datum = datum;
    }

    static Stijlen lees(Xmllezer xml) throws OnleesbareWerkmap {
        if (!xml.volgende() || !xml.isBegin("styleSheet")) {
            throw Weigering.beschadigd("de teksten of de opmaak van de werkmap ontbreken");
        }
        Map<Integer, String> codes = new HashMap<>();
        List<Integer> opmaken = new ArrayList<>();
        Set<String> lijsten = new HashSet<>();
        String lijst = "";
        while (xml.volgende()) {
            if (!xml.isBegin()) {
                continue;
            }
            if (xml.diepte() == 2 && (xml.isBegin("numFmts") || xml.isBegin("cellXfs"))) {
                lijst = xml.isBegin("numFmts") ? "numFmts" : "cellXfs";
                if (!lijsten.add(lijst)) {
                    throw xml.tweeKeer(lijst);
                }
            } else if (xml.diepte() == 3 && (lijst.equals("numFmts") && xml.isBegin("numFmt") || lijst.equals("cellXfs") && xml.isBegin("xf"))) {
                if (codes.size() + opmaken.size() == Grenzen.STIJLEN) {
                    throw Weigering.teVeelStijlen();
                }
                int id = xml.getalAttribuut("numFmtId", 0);
                if (id < 0) {
                    throw Weigering.beschadigd("een getalnotatie in de opmaak heeft geen geldig nummer");
                }
                if (xml.isBegin("xf")) {
                    opmaken.add(id);
                } else {
                    String code = xml.attribuut("formatCode");
                    codes.put(id, code == null ? "" : code);
                }
                xml.slaOver();
            } else {
                xml.slaOver();
            }
        }
        boolean[] datum = new boolean[opmaken.size()];
        for (int i = 0; i < datum.length; i++) {
            String code = codes.get(opmaken.get(i));
            datum[i] = code == null ? Datumopmaak.ingebouwd(opmaken.get(i)) : Datumopmaak.code(code);
        }
        return new Stijlen(datum);
    }

    /** Whether cell format {@code s} shows a date; a format the workbook lacks is General. */
    boolean datum(int s) {
        return s >= 0 && s < datum.length && datum[s];
    }
}
