package nl.indicatiewijzer.beslistabel;

import static nl.indicatiewijzer.beslistabel.Grenzen.*;

/** Every reason to refuse a workbook, in the words the policy worker who uploaded it reads. */
final class Weigering {
    private static final String OPNIEUW = "; open het in Excel, sla het op als Excel-werkmap (.xlsx) en upload het opnieuw";

    private Weigering() {
    }

    static OnleesbareWerkmap geenWerkmap() {
        return new OnleesbareWerkmap("het bestand is geen Excel-werkmap (.xlsx)" + OPNIEUW);
    }

    static OnleesbareWerkmap legeZip() {
        return new OnleesbareWerkmap("het bestand is een leeg zip-bestand, geen Excel-werkmap (.xlsx)");
    }

    static OnleesbareWerkmap versleuteldOfOud() {
        return new OnleesbareWerkmap("het bestand is met een wachtwoord versleuteld of is een oud Excel-bestand (.xls); "
                + "sla het op als Excel-werkmap (.xlsx) zonder wachtwoord en upload het opnieuw");
    }

    static OnleesbareWerkmap beschadigd(String wat) {
        return new OnleesbareWerkmap("het bestand is beschadigd: " + wat + OPNIEUW);
    }

    static OnleesbareWerkmap beschadigd(String wat, String blad, String cel) {
        return new OnleesbareWerkmap("het bestand is beschadigd: " + wat + OPNIEUW, blad, cel);
    }

    static OnleesbareWerkmap dubbelOnderdeel(String naam) {
        return new OnleesbareWerkmap("het bestand bevat het onderdeel '" + kort(naam) + "' twee keer; dat maakt Excel nooit"
                + " (het bestand is beschadigd of bewerkt)");
    }

    /** Excel, ZipFile and POI read the table of contents at the end of the file; the passes read the entries from the start. */
    static OnleesbareWerkmap andereZip(String wat) {
        return new OnleesbareWerkmap("het bestand bevat meer dan één zip-archief of een zip-inhoudsopgave die niet klopt (" + wat
                + "); sla het op in Excel als Excel-werkmap (.xlsx) en upload het opnieuw");
    }

    static OnleesbareWerkmap zip64() {
        return beschadigd("het zip-bestand is niet te lezen: het gebruikt zip64-uitbreidingen, die Excel voor een beslistabel nooit schrijft");
    }

    static OnleesbareWerkmap meerdeligeZip() {
        return beschadigd("het zip-bestand is niet te lezen: het is een deel van een zip-archief over meerdere bestanden");
    }

    static OnleesbareWerkmap teVeelOnderdelen() {
        return new OnleesbareWerkmap("het bestand bevat meer dan " + ONDERDELEN + " onderdelen; een beslistabel heeft er veel minder");
    }

    static OnleesbareWerkmap teGrootOnderdeel(String naam) {
        return new OnleesbareWerkmap("het onderdeel '" + kort(naam) + "' pakt uit tot meer dan " + BYTES_PER_ONDERDEEL / 1024 / 1024
                + " MB; een beslistabel is veel kleiner (is het een zipbom?)");
    }

    static OnleesbareWerkmap teGrootTotaal() {
        return new OnleesbareWerkmap("het bestand pakt uit tot meer dan " + BYTES_TOTAAL / 1024 / 1024
                + " MB; een beslistabel is veel kleiner (is het een zipbom?)");
    }

    static OnleesbareWerkmap macros() {
        return new OnleesbareWerkmap("de werkmap bevat macro's; een beslistabel mag geen macro's bevatten: "
                + "sla haar op als Excel-werkmap (.xlsx), niet als werkmap met macro's (.xlsm)");
    }

    static OnleesbareWerkmap externeKoppeling() {
        return new OnleesbareWerkmap("de werkmap bevat koppelingen naar andere bestanden of adressen; verbreek ze "
                + "(Gegevens > Koppelingen bewerken > Koppeling verbreken) en upload de werkmap opnieuw");
    }

    static OnleesbareWerkmap opmerkingen() {
        return new OnleesbareWerkmap("de werkmap bevat opmerkingen of notities bij cellen; een beslistabel heeft die niet: "
                + "verwijder ze (Controleren > Verwijderen) en upload de werkmap opnieuw");
    }

    static OnleesbareWerkmap geenWerkblad(String blad, String soort) {
        return new OnleesbareWerkmap("het blad '" + blad + "' is een " + soort + "; een beslistabel bestaat alleen uit "
                + "gewone werkbladen: verwijder het blad en upload de werkmap opnieuw", blad, null);
    }

    static OnleesbareWerkmap dtd(String onderdeel) {
        return new OnleesbareWerkmap("het bestand bevat XML met een DTD of entiteiten (in '" + kort(onderdeel)
                + "'); dat maakt Excel nooit");
    }

    static OnleesbareWerkmap vreemdeXml(String onderdeel, String hoe) {
        return new OnleesbareWerkmap("het onderdeel '" + kort(onderdeel) + "' bevat XML " + hoe + "; dat maakt Excel nooit"
                + " (het bestand is beschadigd of bewerkt)");
    }

    /** Excel may show SpreadsheetML inside an element of another namespace (mc:AlternateContent, mc:ProcessContent); POI and this reader do not. */
    static OnleesbareWerkmap gegevensInVreemdElement(String onderdeel, String element) {
        return new OnleesbareWerkmap("het onderdeel '" + kort(onderdeel) + "' bevat werkmapgegevens binnen het element '" + kort(element)
                + "' uit een andere naamruimte, die Excel anders kan tonen dan de dienst ze leest; een beslistabel heeft dat niet"
                + " (het bestand is bewerkt, of bevat besturingselementen of ingesloten objecten)");
    }

    /** What Excel writes once, twice: POI reads the first, Excel does not say which. */
    static OnleesbareWerkmap tweeKeer(String onderdeel, String element) {
        return vreemdeXml(onderdeel, "met het element '" + kort(element) + "' twee keer waar het één keer hoort");
    }

    static OnleesbareWerkmap anderHoofddocument() {
        return new OnleesbareWerkmap("het bestand wijst in '_rels/.rels' niet precies één werkmap 'xl/workbook.xml' aan; dat maakt"
                + " Excel nooit (het bestand is beschadigd of bewerkt)" + OPNIEUW);
    }

    static OnleesbareWerkmap teVeelBladen() {
        return new OnleesbareWerkmap("de werkmap heeft meer dan " + BLADEN + " bladen; een beslistabel heeft er hoogstens " + BLADEN);
    }

    static OnleesbareWerkmap teVeelNamen() {
        return new OnleesbareWerkmap("de werkmap definieert meer dan " + NAMEN + " namen (Formules > Namen beheren); "
                + "een beslistabel heeft er geen");
    }

    static OnleesbareWerkmap teVeelRelaties() {
        return new OnleesbareWerkmap("de werkmap verwijst naar meer dan " + RELATIES + " onderdelen; een beslistabel heeft er veel minder");
    }

    static OnleesbareWerkmap rijTeVer(String blad, String cel, int rij) {
        return new OnleesbareWerkmap("het blad '" + blad + "' heeft een cel in rij " + rij + " (cel " + cel
                + "); een beslistabel heeft hoogstens " + RIJEN + " rijen", blad, cel);
    }

    static OnleesbareWerkmap kolomTeVer(String blad, String cel, String kolom) {
        return new OnleesbareWerkmap("het blad '" + blad + "' heeft een cel in kolom " + kolom + " (cel " + cel
                + "); een beslistabel heeft hoogstens " + KOLOMMEN + " kolommen (A tot en met "
                + Celverwijzing.kolomletters(KOLOMMEN - 1) + ")", blad, cel);
    }

    static OnleesbareWerkmap teVeelCellen(String blad, String cel) {
        return new OnleesbareWerkmap("de werkmap heeft meer dan " + GEVULDE_CELLEN + " gevulde cellen (de laatste in cel " + cel
                + " van het blad '" + blad + "'); een beslistabel heeft er hoogstens " + GEVULDE_CELLEN, blad, cel);
    }

    static OnleesbareWerkmap teVeelTeksten() {
        return new OnleesbareWerkmap("de werkmap heeft meer dan " + GEDEELDE_TEKSTEN + " verschillende teksten; "
                + "een beslistabel heeft er hoogstens " + GEDEELDE_TEKSTEN);
    }

    static OnleesbareWerkmap teVeelTekens() {
        return new OnleesbareWerkmap("de teksten van de werkmap zijn samen langer dan " + TEKENS_GEDEELDE_TEKSTEN
                + " tekens; een beslistabel heeft veel minder tekst");
    }

    static OnleesbareWerkmap teLangeTekst() {
        return new OnleesbareWerkmap("de werkmap bevat een tekst van meer dan " + TEKENS_PER_TEKST
                + " tekens; een cel van een beslistabel heeft hoogstens " + TEKENS_PER_TEKST + " tekens");
    }

    static OnleesbareWerkmap teLangeTekst(String blad, String cel) {
        return new OnleesbareWerkmap("het blad '" + blad + "' heeft in cel " + cel + " een tekst of formule van meer dan "
                + TEKENS_PER_TEKST + " tekens; een cel van een beslistabel heeft hoogstens " + TEKENS_PER_TEKST + " tekens",
                blad, cel);
    }

    static OnleesbareWerkmap teVeelStijlen() {
        return new OnleesbareWerkmap("de werkmap heeft meer dan " + STIJLEN + " opmaakstijlen en getalnotaties; "
                + "een beslistabel heeft er veel minder");
    }

    static OnleesbareWerkmap geenXml(String onderdeel) {
        return beschadigd("het onderdeel '" + kort(onderdeel) + "' is geen geldige XML");
    }

    /** A name or value from the file, short enough for a message. */
    static String kort(String tekst) {
        return tekst.length() <= 60 ? tekst : tekst.substring(0, 60) + "...";
    }
}
