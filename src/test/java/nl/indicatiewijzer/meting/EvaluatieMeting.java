package nl.indicatiewijzer.meting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.advies.Adviseur;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.RegelbestandenLezer;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.RegelsetBouwer;

/**
 * A quick measurement, not a test and not a benchmark (issue 9 brings JMH): builds the mlw-mer rule
 * set a few times and evaluates a perceel-6 case with its justification in a loop on one thread.
 * Run: see README, "Snelheid".
 */
public final class EvaluatieMeting {
    public static void main(String[] args) throws Exception {
        // as in the service: the JBoss log manager without TRACE (left alone it formats every Drools trace line)
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
        RegelbestandenLezer lezer = new RegelbestandenLezer(Path.of("."));
        List<Regelbestand> bestanden = new ArrayList<>(lezer.algemeen());
        bestanden.addAll(lezer.eigen(Regeling.MLW_MER));
        Regelset regelset = null;
        for (int i = 1; i <= 5; i++) {
            long start = System.nanoTime();
            regelset = new RegelsetBouwer().bouw(Regeling.MLW_MER, bestanden);
            System.out.printf("bouw %d: %d ms%n", i, (System.nanoTime() - start) / 1_000_000);
        }
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        Clientsituatie situatie = json.readValue("""
                {"regeling": "mlw-mer", "peildatum": "2027-03-01", "leeftijd": 38, "grondslagen": ["PSYCHISCH"],
                 "perspectief": "ONTWIKKELING", "complexiteit": "HOOG", "hulpvragen": ["BEGELEIDING_INDIVIDUEEL", "ONTLASTING_MANTELZORG"],
                 "kenmerkenComplex": ["ZORGMIJDING_WANTROUWEN", "ZEER_BEPERKTE_ZELFREGIE", "RISICOVOL_GEDRAG", "NETWERK_ONTOEREIKEND"],
                 "leefgebieden": {"PERSOONLIJK_FUNCTIONEREN": "ZWAAR", "SOCIAAL_FUNCTIONEREN": "ZWAAR", "WONEN": "ZWAAR",
                                  "FINANCIEN_ADMINISTRATIE": "ZWAAR", "VERSLAVING": "ZWAAR"},
                 "mantelzorg": {"overbelasting": "OVERBELAST"}, "kdvEtmalenPerWeek": 4}""", Clientsituatie.class);
        for (int ronde = 1; ronde <= 5; ronde++) {
            int aantal = 20_000;
            long start = System.nanoTime();
            int regels = 0;
            for (int i = 0; i < aantal; i++) {
                regels += Adviseur.adviseer(regelset, situatie).motivering().size();
            }
            double us = (System.nanoTime() - start) / 1_000.0 / aantal;
            System.out.printf("ronde %d: %.1f us per advies (%d regels in de motivering)%n", ronde, us, regels / aantal);
        }
    }
}
