package nl.indicatiewijzer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.indicatiewijzer.advies.begrippen.Regeling;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.RegelsetBouwer;
import nl.indicatiewijzer.regels.RegelsetRegister;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;

/**
 * Any rule-set version that ever answered: the active one from the register, any other rebuilt
 * once from the exact bytes in the archive and kept for later replays.
 */
@ApplicationScoped
public class Regelsetbron {
    private final RegelsetRegister register;
    private final AuditRepository repository;
    private final Map<String, Regelset> gebouwd = new ConcurrentHashMap<>();

    public Regelsetbron(RegelsetRegister register, AuditRepository repository) {
        this.register = register;
        this.repository = repository;
    }

    public Regelset actief(Regeling regeling) {
        return register.actief(regeling);
    }

    public Regelset versie(Regeling regeling, String versie) {
        Regelset actief = register.actief(regeling);
        if (actief.versie().equals(versie)) {
            return actief;
        }
        return gebouwd.computeIfAbsent(versie, v -> {
            List<Regelbestand> bestanden = repository.archief(v);
            if (bestanden.isEmpty()) {
                throw new NietBeschikbaarException(404, "Onbekende regelsetversie",
                        "Regelsetversie " + v + " staat niet in het archief.");
            }
            boolean eigen = bestanden.stream().anyMatch(b -> !b.pad().startsWith("rules/algemeen/"));
            return new RegelsetBouwer().bouw(regeling, bestanden, eigen);
        });
    }
}
