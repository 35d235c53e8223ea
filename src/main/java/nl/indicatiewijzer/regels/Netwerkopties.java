package nl.indicatiewijzer.regels;

import java.util.Map;
import java.util.Properties;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;

/**
 * The rule-network options of every rule set, compiled or read from the bouwcache. A case brings a few
 * dozen facts, so the beta memories are plain lists instead of hash indexes: a pooled session clears every
 * index table when it is reset, and that reset took half of a stede-broec decision (README, "Snelheid").
 */
final class Netwerkopties {
    private static final Map<String, String> OPTIES = Map.of(
            "drools.indexLeftBetaMemory", "false",
            "drools.indexRightBetaMemory", "false");

    private Netwerkopties() {
    }

    static KieBaseConfiguration configuratie(KieServices ks, ClassLoader lader) {
        Properties p = new Properties();
        p.putAll(OPTIES);
        return ks.newKieBaseConfiguration(p, lader);
    }
}
