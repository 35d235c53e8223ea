package nl.indicatiewijzer.meting;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service as bench/run.sh starts it for the reference measurement. */
public class ReferentieProfiel implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("indicatiewijzer.meting.referentie", "true");
    }
}
