package nl.indicatiewijzer.advies;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Size;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.indicatiewijzer.systeem.OngeldigeParameter;

/**
 * Checks a request body against the request classes before anything is decided, and names every
 * bad field at once: unknown fields, wrong types, unknown enum values, numbers out of range,
 * missing required fields. The classes are the schema: their fields, types and their Bean Validation
 * annotations, which smallrye-openapi also reads into the served OpenAPI document. Each class is read
 * once ({@link Schemaklassen}), not on every request.
 */
public final class VerzoekValidator {
    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int STANDAARD_MAX_ELEMENTEN = 64;

    private final List<OngeldigeParameter> fouten = new ArrayList<>();

    private VerzoekValidator() {
    }

    public static List<OngeldigeParameter> valideer(JsonNode verzoek, Class<?> schema) {
        VerzoekValidator v = new VerzoekValidator();
        v.object(verzoek, schema, "");
        return v.fouten;
    }

    private void object(JsonNode node, Class<?> schema, String pad) {
        if (!node.isObject()) {
            fout(pad.isEmpty() ? "(verzoek)" : pad, "moet een JSON-object zijn");
            return;
        }
        Map<String, Schemaklassen.Veld> velden = Schemaklassen.velden(schema);
        for (Iterator<String> namen = node.fieldNames(); namen.hasNext();) {
            String naam = namen.next();
            if (!velden.containsKey(naam)) {
                fout(kind(pad, naam), "onbekend veld");
            }
        }
        for (Schemaklassen.Veld f : velden.values()) {
            JsonNode waarde = node.get(f.naam());
            if (waarde == null || waarde.isNull()) {
                if (f.verplicht()) {
                    fout(kind(pad, f.naam()), "is verplicht");
                }
            } else {
                waarde(waarde, f.type(), f, kind(pad, f.naam()));
            }
        }
    }

    private void waarde(JsonNode node, Type type, Schemaklassen.Veld veld, String pad) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            lijst(node, p.getActualTypeArguments()[0], veld, pad);
        } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            tabel(node, (Class<?>) p.getActualTypeArguments()[0], p.getActualTypeArguments()[1], veld, pad);
        } else if (type instanceof Class<?> c && c.isEnum()) {
            keuze(node, c, pad);
        } else if (type == Integer.class) {
            getal(node, veld, pad, true);
        } else if (type == Double.class) {
            getal(node, veld, pad, false);
        } else if (type == Boolean.class) {
            if (!node.isBoolean()) {
                fout(pad, "moet true of false zijn");
            }
        } else if (type == String.class) {
            tekst(node, veld, pad);
        } else if (type == LocalDate.class) {
            datum(node, pad);
        } else {
            object(node, (Class<?>) type, pad);
        }
    }

    private void lijst(JsonNode node, Type element, Schemaklassen.Veld veld, String pad) {
        if (!node.isArray()) {
            fout(pad, "moet een lijst zijn");
            return;
        }
        Size grenzen = veld.grootte();
        int maximum = grenzen == null ? STANDAARD_MAX_ELEMENTEN : grenzen.max();
        if (node.size() > maximum) {
            fout(pad, "bevat " + node.size() + " elementen; maximaal " + maximum);
            return;
        }
        if (grenzen != null && node.size() < grenzen.min()) {
            fout(pad, "bevat " + node.size() + " elementen; minimaal " + grenzen.min());
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isNull()) {
                fout(pad + "[" + i + "]", "mag niet leeg (null) zijn");
            } else {
                waarde(node.get(i), element, veld, pad + "[" + i + "]");
            }
        }
    }

    private void tabel(JsonNode node, Class<?> sleutel, Type waarde, Schemaklassen.Veld veld, String pad) {
        if (!node.isObject()) {
            fout(pad, "moet een JSON-object zijn");
            return;
        }
        Set<String> sleutels = Schemaklassen.waarden(sleutel);
        node.fields().forEachRemaining(e -> {
            if (!sleutels.contains(e.getKey())) {
                fout(pad + "." + e.getKey(), "onbekende sleutel; toegestaan: " + String.join(", ", sleutels));
            } else if (e.getValue().isNull()) {
                fout(pad + "." + e.getKey(), "mag niet leeg (null) zijn");
            } else {
                waarde(e.getValue(), waarde, veld, pad + "." + e.getKey());
            }
        });
    }

    private void keuze(JsonNode node, Class<?> soort, String pad) {
        Set<String> waarden = Schemaklassen.waarden(soort);
        if (!node.isTextual() || !waarden.contains(node.asText())) {
            fout(pad, "onbekende waarde " + node + "; toegestaan: " + String.join(", ", waarden));
        }
    }

    private void getal(JsonNode node, Schemaklassen.Veld veld, String pad, boolean geheel) {
        if (!node.isNumber() || (geheel && !node.canConvertToExactIntegral())) {
            fout(pad, geheel ? "moet een geheel getal zijn" : "moet een getal zijn");
            return;
        }
        double d = node.asDouble();
        if (d < veld.min() || d > veld.max()) {
            fout(pad, "moet tussen " + schrijf(veld.min()) + " en " + schrijf(veld.max()) + " liggen");
        }
    }

    private void tekst(JsonNode node, Schemaklassen.Veld veld, String pad) {
        if (!node.isTextual()) {
            fout(pad, "moet tekst zijn");
            return;
        }
        Size max = veld.grootte();
        if (max != null && node.asText().length() > max.max()) {
            fout(pad, "is langer dan " + max.max() + " tekens");
        }
    }

    private void datum(JsonNode node, String pad) {
        try {
            if (node.isTextual() && DATUM.matcher(node.asText()).matches()) {
                LocalDate.parse(node.asText());
                return;
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        fout(pad, "moet een bestaande datum zijn in de vorm JJJJ-MM-DD");
    }

    private static String kind(String pad, String naam) {
        return pad.isEmpty() ? naam : pad + "." + naam;
    }

    private static String schrijf(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private void fout(String naam, String reden) {
        fouten.add(new OngeldigeParameter(naam, reden));
    }
}
