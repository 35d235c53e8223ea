package nl.indicatiewijzer.regels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.advies.antwoord.Advies;
import nl.indicatiewijzer.advies.antwoord.Motivering;
import nl.indicatiewijzer.bench.Gevallen;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * The sentence of a table row is text as policy staff typed it: {placeholders} that the DRL rules
 * fill with the values of the case stay text, so a table cannot reach into the facts of an advice.
 */
class TabeltekstTest {
    private static final String TEKST = "Perceel 1 voor {p}, {nummer} en {clientReferentie}: \"kortdurend\" (tot 2 jaar).";

    @Test
    void eenPlekhouderInDeTekstVanEenTabelrijBlijftTekst() throws Exception {
        RegelbestandenLezer lezer = new RegelbestandenLezer(Path.of("."));
        List<Regelbestand> bestanden = new ArrayList<>(lezer.algemeen());
        List<Regelbestand> sjablonen = new ArrayList<>();
        for (Regelbestand b : lezer.eigen(Regeling.MLW_MER)) {
            if (b.isBeslistabel()) {
                sjablonen.add(b);
            }
            bestanden.add(b.naam().equals("percelen.drl.xlsx") ? new Regelbestand(b.pad(), metTekst(b.inhoud())) : b);
        }
        Regelset regelset = new RegelsetBouwer().bouw(Regeling.MLW_MER, bestanden, sjablonen);
        Advies advies = Gevallen.advies(regelset, Gevallen.situatie(Gevallen.JSON.readTree("""
                {"regeling": "mlw-mer", "peildatum": "2027-03-01", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
                 "perspectief": "ONTWIKKELING", "complexiteit": "GEMIDDELD", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL"],
                 "leefgebieden": {"FINANCIEN_ADMINISTRATIE": "MATIG"}, "clientReferentie": "zaak-4711"}""")));
        List<String> teksten = advies.motivering().stream().map(Motivering::tekst).toList();
        assertTrue(teksten.contains(TEKST), teksten.toString());
        assertTrue(teksten.stream().noneMatch(t -> t.contains("zaak-4711")), teksten.toString());
    }

    private static byte[] metTekst(byte[] tabel) throws Exception {
        try (Workbook werkmap = WorkbookFactory.create(new ByteArrayInputStream(tabel))) {
            werkmap.getSheetAt(0).getRow(11).getCell(3).setCellValue(TEKST);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return uit.toByteArray();
        }
    }
}
