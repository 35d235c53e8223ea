package nl.indicatiewijzer.meting;

import java.nio.file.Path;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.scenario.Dekking;
import nl.indicatiewijzer.scenario.Projectdekking;

/**
 * A measurement, not a test: per regeling how many of its rules and table rows its own scenario cases
 * fire, as the table in the README (section Scenario's) shows it, and with {@code --details} every rule and
 * row no case fires. Run: {@code bench/dekking.sh} (README, "Scenario's").
 */
public final class Dekkingsmeting {
    public static void main(String[] args) {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        boolean details = args.length > 0 && args[0].equals("--details");
        StringBuilder nooit = new StringBuilder();
        System.out.println("| Regeling | Gevallen | Regels gevuurd / totaal | Tabelrijen gevuurd / totaal |");
        System.out.println("|---|---:|---:|---:|");
        for (Regeling regeling : Regeling.values()) {
            Projectdekking.Meting m = Projectdekking.van(Path.of("."), regeling);
            Dekking d = m.dekking();
            System.out.printf("| %s | %d | %d / %d | %d / %d |%n", regeling.code(), d.gevallen(), d.regelsGevuurd(), d.regelsTotaal(),
                    d.tabelrijenGevuurd(), d.tabelrijenTotaal());
            if (m.resultaat().mislukt() > 0) {
                nooit.append(regeling.code()).append(": ").append(m.resultaat().mislukt()).append(" gevallen mislukken\n");
                m.resultaat().mislukkingen().forEach(f -> nooit.append("  ").append(f.bestand()).append(": ").append(f.naam())
                        .append("\n    ").append(f.afwijkingen()).append('\n'));
            }
            d.regels().stream().filter(r -> r.aantal() == 0)
                    .forEach(r -> nooit.append(regeling.code()).append("\tregel\t").append(r.regelbestand()).append("\t").append(r.naam()).append('\n'));
            d.tabelrijen().stream().filter(r -> r.aantal() == 0).forEach(r -> nooit.append(regeling.code()).append("\trij\t")
                    .append(r.bestand()).append("\t").append(r.blad()).append("\t").append(r.rij()).append('\n'));
        }
        if (details) {
            System.out.println();
            System.out.print(nooit);
        }
    }
}
