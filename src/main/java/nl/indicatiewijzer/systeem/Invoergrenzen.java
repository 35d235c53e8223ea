package nl.indicatiewijzer.systeem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON as the service reads it, everywhere: one document and nothing after it, every key once in
 * its object (not "the last {@code regeling} wins"), nested at most 32 deep, no string over 100,000
 * characters and no number over 50 digits. How large a body may be is {@link Verzoeklichaam}'s.
 */
@Singleton
public class Invoergrenzen implements ObjectMapperCustomizer {
    public static final int MAXIMALE_DIEPTE = 32;
    public static final int MAXIMALE_TEKST = 100_000;
    public static final int MAXIMALE_CIJFERS = 50;

    @Override
    public void customize(ObjectMapper json) {
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAXIMALE_DIEPTE).maxStringLength(MAXIMALE_TEKST).maxNumberLength(MAXIMALE_CIJFERS).build());
        json.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        json.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
