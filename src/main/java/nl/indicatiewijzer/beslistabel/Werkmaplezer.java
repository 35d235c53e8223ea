package nl.indicatiewijzer.beslistabel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indicatiewijzer.beslistabel.Werkmapopbouw.Bladverwijzing;

/**
 * The one reader of uploaded decision tables (*.drl.xlsx). The bytes are hostile until read: the zip is
 * streamed in three passes over them and each part is parsed while it inflates, so the workbook is
 * refused as soon as it exceeds what a decision table can be ({@link Grenzen}) or holds what one must
 * not (macros, external links, comments, chart sheets, a DTD). It reads what Excel and POI show of the
 * same file, or refuses it: the passes walk the archive whose table of contents Excel reads ({@link
 * Zipinhoudsopgave}), the workbook is the one the package names, and only SpreadsheetML counts ({@link
 * Naamruimten}). Nothing is interpreted beyond the typed cells: no formula is calculated, no format
 * applied but the one that makes a number a date.
 */
public final class Werkmaplezer {
    private static final String INHOUDSTYPEN = "[content_types].xml";
    private static final String WERKMAP = "xl/workbook.xml";
    private static final String RELATIES = "xl/_rels/workbook.xml.rels";
    private static final String PAKKETRELATIES = "_rels/.rels";

    private final byte[] inhoud;
    private boolean inhoudstypenGelezen;
    private Werkmapopbouw opbouw;
    private Relaties relaties;
    private Relaties pakketrelaties;
    private GedeeldeTeksten teksten;
    private Stijlen stijlen;

    private Werkmaplezer(byte[] inhoud) {
        this.inhoud = inhoud;
    }

    public static Werkmap lees(byte[] inhoud) throws OnleesbareWerkmap {
        Zipdoorloop.controleerBegin(inhoud);
        Zipinhoudsopgave.controleer(inhoud);
        Werkmaplezer lezer = new Werkmaplezer(inhoud);
        lezer.leesOpbouw();
        Map<String, Integer> bladonderdelen = lezer.bladonderdelen();
        lezer.leesTekstenEnStijlen();
        return lezer.leesBladen(bladonderdelen);
    }

    /**
     * Pass 1: [Content_Types].xml, the package's relationships, the workbook and its relationships; stops
     * once it has all four. The package's relationships name the workbook Excel and POI open: it must be
     * the one this reader reads.
     */
    private void leesOpbouw() throws OnleesbareWerkmap {
        Zipdoorloop.doorloop(inhoud, (naam, stroom) -> {
            switch (Zipdoorloop.sleutel(naam)) {
                case INHOUDSTYPEN -> {
                    Inhoudstypen.controleer(Xmllezer.open(stroom, naam, Naamruimten.INHOUDSTYPEN));
                    inhoudstypenGelezen = true;
                }
                case WERKMAP -> opbouw = Werkmapopbouw.lees(Xmllezer.open(stroom, naam, Naamruimten.SPREADSHEETML));
                case RELATIES -> relaties = Relaties.lees(Xmllezer.open(stroom, naam, Naamruimten.RELATIES), "/" + WERKMAP);
                case PAKKETRELATIES -> pakketrelaties = Relaties.lees(Xmllezer.open(stroom, naam, Naamruimten.RELATIES), "/");
                default -> {
                }
            }
            return inhoudstypenGelezen && opbouw != null && relaties != null && pakketrelaties != null;
        });
        if (!inhoudstypenGelezen || opbouw == null) {
            throw Weigering.geenWerkmap();
        }
        if (relaties == null || pakketrelaties == null) {
            throw Weigering.beschadigd("het onderdeel '" + (relaties == null ? RELATIES : PAKKETRELATIES) + "' ontbreekt");
        }
        if (pakketrelaties.aantalVanSoort("officeDocument") != 1 || !WERKMAP.equals(pakketrelaties.onderdeelVanSoort("officeDocument"))) {
            throw Weigering.anderHoofddocument();
        }
    }

    /** The part of each sheet, with the sheet's place in the workbook; only worksheets are allowed. */
    private Map<String, Integer> bladonderdelen() throws OnleesbareWerkmap {
        Map<String, Integer> onderdelen = new HashMap<>();
        for (int plaats = 0; plaats < opbouw.bladen().size(); plaats++) {
            Bladverwijzing blad = opbouw.bladen().get(plaats);
            Relaties.Relatie relatie = relaties.relatie(blad.relatie());
            if (relatie == null) {
                throw Weigering.beschadigd("het blad '" + blad.naam() + "' ontbreekt", blad.naam(), null);
            }
            switch (relatie.soort()) {
                case "worksheet" -> {
                }
                case "chartsheet" -> throw Weigering.geenWerkblad(blad.naam(), "grafiekblad");
                case "dialogsheet" -> throw Weigering.geenWerkblad(blad.naam(), "dialoogblad");
                case "xlMacrosheet", "xlIntlMacrosheet" -> throw Weigering.macros();
                default -> throw Weigering.beschadigd("het blad '" + blad.naam() + "' is geen werkblad", blad.naam(), null);
            }
            if (onderdelen.put(relatie.onderdeel(), plaats) != null) {
                throw Weigering.beschadigd("twee bladen hebben dezelfde inhoud", blad.naam(), null);
            }
        }
        return onderdelen;
    }

    /** Pass 2: the shared strings and the styles, at the parts the workbook's relationships name. */
    private void leesTekstenEnStijlen() throws OnleesbareWerkmap {
        String tekstenOnderdeel = relaties.onderdeelVanSoort("sharedStrings");
        String stijlenOnderdeel = relaties.onderdeelVanSoort("styles");
        if (tekstenOnderdeel != null || stijlenOnderdeel != null) {
            Zipdoorloop.doorloop(inhoud, (naam, stroom) -> {
                String sleutel = Zipdoorloop.sleutel(naam);
                if (sleutel.equals(tekstenOnderdeel)) {
                    teksten = GedeeldeTeksten.lees(Xmllezer.open(stroom, naam, Naamruimten.SPREADSHEETML));
                } else if (sleutel.equals(stijlenOnderdeel)) {
                    stijlen = Stijlen.lees(Xmllezer.open(stroom, naam, Naamruimten.SPREADSHEETML));
                }
                return (tekstenOnderdeel == null || teksten != null) && (stijlenOnderdeel == null || stijlen != null);
            });
        }
        if (tekstenOnderdeel != null && teksten == null || stijlenOnderdeel != null && stijlen == null) {
            throw Weigering.beschadigd("de teksten of de opmaak van de werkmap ontbreken");
        }
        teksten = teksten == null ? GedeeldeTeksten.GEEN : teksten;
        stijlen = stijlen == null ? Stijlen.GEEN : stijlen;
    }

    /**
     * Pass 3: the worksheets, and the prolog of every other XML part, where a DTD would be (whoever
     * downloads and opens the file later reads those parts too); always to the last entry, so that
     * every entry's name has been checked.
     */
    private Werkmap leesBladen(Map<String, Integer> onderdelen) throws OnleesbareWerkmap {
        List<Bladverwijzing> verwijzingen = opbouw.bladen();
        Blad[] bladen = new Blad[verwijzingen.size()];
        Bladlezer lezer = new Bladlezer(new Celtypering(teksten, stijlen, opbouw.datum1904()));
        Set<String> gelezen = new HashSet<>(Arrays.asList(INHOUDSTYPEN, WERKMAP, RELATIES, PAKKETRELATIES,
                relaties.onderdeelVanSoort("sharedStrings"), relaties.onderdeelVanSoort("styles")));
        Zipdoorloop.doorloop(inhoud, (naam, stroom) -> {
            String sleutel = Zipdoorloop.sleutel(naam);
            Integer plaats = onderdelen.get(sleutel);
            if (plaats != null) {
                bladen[plaats] = lezer.lees(Xmllezer.open(stroom, naam, Naamruimten.SPREADSHEETML), verwijzingen.get(plaats).naam());
            } else if ((sleutel.endsWith(".xml") || sleutel.endsWith(".rels")) && !gelezen.contains(sleutel)) {
                Xmllezer.open(stroom, naam, Naamruimten.SPREADSHEETML).leesProloog();
            }
            return false;
        });
        for (int plaats = 0; plaats < bladen.length; plaats++) {
            if (bladen[plaats] == null) {
                String naam = verwijzingen.get(plaats).naam();
                throw Weigering.beschadigd("het blad '" + naam + "' ontbreekt", naam, null);
            }
        }
        return new Werkmap(List.of(bladen), opbouw.namen());
    }
}
