package nl.indicatiewijzer.systeem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Reads a JSON request body as {@link Invoergrenzen} sets Jackson up, and says in Dutch what is wrong
 * with one it refuses: a second document, content after the document, a key given twice (by its
 * path), a limit passed, a body that stops halfway. The parser's own messages name Java types and
 * features; they never reach the caller.
 */
public class Jsonlezer {
    private static final String VERZOEK = "(verzoek)";
    private static final Pattern DUBBEL = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    /** The one JSON document of a request body. */
    public static JsonNode lees(ObjectMapper json, String lichaam) {
        if (lichaam == null || lichaam.isBlank()) {
            throw new OngeldigVerzoekException(List.of(new OngeldigeParameter(VERZOEK, "het verzoek is leeg")));
        }
        try {
            return json.readTree(lichaam);
        } catch (JsonProcessingException e) {
            throw new OngeldigVerzoekException(List.of(reden(e, naEenDocument(json, lichaam))));
        }
    }

    /** A body that Quarkus REST read itself (a JSON parameter) with trailing content: no built-in answer with type names. */
    @ServerExceptionMapper
    public Response onleesbaar(MismatchedInputException e) {
        return new ProbleemMappers().ongeldig(new OngeldigVerzoekException(List.of(reden(e, false))));
    }

    static OngeldigeParameter reden(JsonProcessingException e, boolean naEenDocument) {
        String melding = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return new OngeldigeParameter(VERZOEK, grens(melding));
        }
        Matcher dubbel = DUBBEL.matcher(melding);
        if (dubbel.matches()) {
            return new OngeldigeParameter(pad(e), "komt twee keer voor in hetzelfde object; elk veld mag er één keer in staan");
        }
        if (e instanceof MismatchedInputException && melding.startsWith("Trailing token")) {
            return new OngeldigeParameter(VERZOEK, "na het JSON-document volgt nog een document of waarde" + plek(e.getLocation())
                    + "; stuur precies één JSON-object");
        }
        if (naEenDocument) {
            return new OngeldigeParameter(VERZOEK, "na het JSON-document staat nog tekst" + plek(e.getLocation())
                    + "; stuur precies één JSON-object");
        }
        if (e instanceof JsonEOFException) {
            return new OngeldigeParameter(VERZOEK, "het JSON-document houdt halverwege op" + plek(e.getLocation()));
        }
        return new OngeldigeParameter(VERZOEK, "geen geldige JSON" + plek(e.getLocation()));
    }

    /** Whether the body holds one whole JSON value before whatever the parser refused. */
    private static boolean naEenDocument(ObjectMapper json, String lichaam) {
        try (JsonParser p = json.createParser(lichaam)) {
            return p.nextToken() != null && p.skipChildren() != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String grens(String melding) {
        if (melding.startsWith("Document nesting depth")) {
            return "is dieper genest dan " + Invoergrenzen.MAXIMALE_DIEPTE + " niveaus";
        }
        if (melding.startsWith("String value length") || melding.startsWith("Name length")) {
            return "bevat een tekst van meer dan " + Invoergrenzen.MAXIMALE_TEKST + " tekens";
        }
        if (melding.startsWith("Number value length")) {
            return "bevat een getal van meer dan " + Invoergrenzen.MAXIMALE_CIJFERS + " cijfers";
        }
        return "is groter dan de service leest";
    }

    /** The dotted path of the key the parser stopped at, as invalidParams names fields ({@code vervoer.afstandKm}, {@code ophogingen[0].code}). */
    private static String pad(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return VERZOEK;
        }
        List<String> delen = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            delen.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        String pad = String.join("", delen);
        return pad.isEmpty() ? VERZOEK : pad.startsWith(".") ? pad.substring(1) : pad;
    }

    private static String plek(JsonLocation plek) {
        return plek == null || plek.getLineNr() < 1 ? "" : " (regel " + plek.getLineNr() + ", kolom " + plek.getColumnNr() + ")";
    }
}
