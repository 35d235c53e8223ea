package nl.indicatiewijzer.vijandig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Hostile requests, generated with jqwik's arbitraries: valid requests with fields dropped, retyped,
 * blown up or added, truncated JSON, deep nesting, and plain garbage.
 */
final class Mutaties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Arbitrary<String> TEKST = Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(300),
            Arbitraries.of("", " ", "null", "NaN", "-1", "1e309", "9".repeat(60), "2027-02-30", "0000-00-00", "<script>",
                    "' OR 1=1 --", "${jndi:ldap://x}", "../../etc/passwd", "\u0000", "\uD800", "ä".repeat(70), "x".repeat(200_000)));
    private static final Arbitrary<JsonNode> WAARDE = Arbitraries.oneOf(
            TEKST.map(JSON.getNodeFactory()::textNode),
            Arbitraries.longs().map(JSON.getNodeFactory()::numberNode),
            Arbitraries.doubles().map(JSON.getNodeFactory()::numberNode),
            Arbitraries.of(JSON.nullNode(), JSON.getNodeFactory().booleanNode(true), JSON.createArrayNode(), JSON.createObjectNode()),
            TEKST.list().ofMaxSize(70).map(l -> {
                var a = JSON.createArrayNode();
                l.forEach(a::add);
                return a;
            }));

    private Mutaties() {
    }

    /** {@code aantal} mutations of {@code basis}: each a JSON text (or not quite JSON). */
    static Stream<String> van(String basis, int aantal) throws Exception {
        JsonNode geldig = JSON.readTree(basis);
        List<String> velden = new ArrayList<>();
        geldig.fieldNames().forEachRemaining(velden::add);
        Random toeval = new Random();
        return Stream.generate(() -> muteer((ObjectNode) geldig.deepCopy(), velden, toeval)).limit(aantal);
    }

    private static String muteer(ObjectNode verzoek, List<String> velden, Random toeval) {
        int keer = 1 + toeval.nextInt(3);
        for (int i = 0; i < keer; i++) {
            String veld = velden.get(toeval.nextInt(velden.size()));
            switch (toeval.nextInt(8)) {
                case 0 -> verzoek.remove(veld);
                case 1, 2, 3 -> verzoek.set(veld, WAARDE.sample());
                case 4 -> verzoek.set(TEKST.sample(), WAARDE.sample());
                case 5 -> {
                    String tekst = verzoek.toString();
                    return tekst.substring(0, toeval.nextInt(tekst.length()));
                }
                case 6 -> {
                    int diepte = 20 + toeval.nextInt(2000);
                    return "{\"a\":" + "[".repeat(diepte) + "]".repeat(diepte) + "}";
                }
                default -> {
                    return TEKST.sample();
                }
            }
        }
        return verzoek.toString();
    }

    static Stream<String> teksten(int aantal) {
        return TEKST.sampleStream().limit(aantal);
    }

    static Stream<byte[]> bytes(int aantal, byte[] echt) {
        Random toeval = new Random();
        return Stream.generate(() -> {
            switch (toeval.nextInt(3)) {
                case 0 -> {
                    byte[] b = new byte[toeval.nextInt(4096)];
                    toeval.nextBytes(b);
                    return b;
                }
                case 1 -> {
                    return java.util.Arrays.copyOf(echt, toeval.nextInt(echt.length));
                }
                default -> {
                    byte[] b = echt.clone();
                    for (int i = 0; i < 1 + toeval.nextInt(8); i++) {
                        b[toeval.nextInt(b.length)] ^= (byte) (1 << toeval.nextInt(8));
                    }
                    return b;
                }
            }
        }).limit(aantal);
    }
}
