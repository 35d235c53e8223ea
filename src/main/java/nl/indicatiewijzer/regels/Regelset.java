package nl.indicatiewijzer.regels;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * One built version of a regeling: its KieBase, built once and shared by all requests, the exact
 * files it was built from and the templates of its tables. {@code versie} is the SHA-256 of those
 * files. Sessions come from a pool of this KieBase, and each rule's justification metadata is read
 * once, here.
 */
public final class Regelset {
    /** A session serves one decision on one thread, so its agenda needs no locks (drools.threadSafe=false). */
    private static final KieSessionConfiguration EEN_DRAAD = eenDraad();

    private final Regeling regeling;
    private final String versie;
    private final KieBase kieBase;
    private final List<Regelbestand> bestanden;
    private final List<Regelbestand> sjablonen;
    private final boolean eigenRegels;
    private final KieSessionsPool sessies;
    private final Map<Rule, Regelmeta> meta = new IdentityHashMap<>();

    public Regelset(Regeling regeling, String versie, KieBase kieBase, List<Regelbestand> bestanden, List<Regelbestand> sjablonen,
            boolean eigenRegels) {
        this.regeling = regeling;
        this.versie = versie;
        this.kieBase = kieBase;
        this.bestanden = List.copyOf(bestanden);
        this.sjablonen = List.copyOf(sjablonen);
        this.eigenRegels = eigenRegels;
        this.sessies = kieBase.newKieSessionsPool(2);
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> meta.put(r, Regelmeta.van(r, regeling))));
    }

    public Regeling regeling() {
        return regeling;
    }

    public String versie() {
        return versie;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public List<Regelbestand> bestanden() {
        return bestanden;
    }

    /** The released tables (templates) this version's tables were held to and written from. */
    public List<Regelbestand> sjablonen() {
        return sjablonen;
    }

    public boolean eigenRegels() {
        return eigenRegels;
    }

    /** A session from the pool: {@code dispose()} resets it and gives it back, {@code destroy()} ends it. */
    KieSession sessie() {
        return sessies.newKieSession(EEN_DRAAD);
    }

    private static KieSessionConfiguration eenDraad() {
        KieSessionConfiguration configuratie = KieServices.get().newKieSessionConfiguration();
        configuratie.setOption(ThreadSafeOption.NO);
        return configuratie;
    }

    Regelmeta meta(Rule regel) {
        Regelmeta bekend = meta.get(regel);
        return bekend != null ? bekend : Regelmeta.van(regel, regeling);
    }
}
