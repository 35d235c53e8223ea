package nl.indicatiewijzer.systeem;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The service behind a municipality's identity provider, played by a local test issuer ({@link ProefIdp}
 * on 127.0.0.1; no other network). The embedded users are off.
 */
public class TokenProfiel implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ProefIdp.class));
    }
}
