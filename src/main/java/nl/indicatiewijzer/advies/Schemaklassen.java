package nl.indicatiewijzer.advies;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The request classes as {@link VerzoekValidator} reads them, once per class: their fields with the
 * annotations that bound them, and the JSON names of each enum's values.
 */
final class Schemaklassen {
    /** A field of a request class with what the validator needs of its annotations. */
    record Veld(String naam, Type type, boolean verplicht, Size grootte, double min, double max) {
        static Veld van(Field f) {
            double min = f.isAnnotationPresent(Min.class) ? f.getAnnotation(Min.class).value()
                    : f.isAnnotationPresent(DecimalMin.class) ? Double.parseDouble(f.getAnnotation(DecimalMin.class).value()) : Double.NEGATIVE_INFINITY;
            double max = f.isAnnotationPresent(Max.class) ? f.getAnnotation(Max.class).value()
                    : f.isAnnotationPresent(DecimalMax.class) ? Double.parseDouble(f.getAnnotation(DecimalMax.class).value()) : Double.POSITIVE_INFINITY;
            return new Veld(f.getName(), f.getGenericType(), f.isAnnotationPresent(NotNull.class), f.getAnnotation(Size.class), min, max);
        }
    }

    private static final ClassValue<Map<String, Veld>> VELDEN = new ClassValue<>() {
        @Override
        protected Map<String, Veld> computeValue(Class<?> schema) {
            Map<String, Veld> velden = new LinkedHashMap<>();
            for (Field f : schema.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    velden.put(f.getName(), Veld.van(f));
                }
            }
            return Collections.unmodifiableMap(velden);
        }
    };

    private static final ClassValue<Set<String>> WAARDEN = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> soort) {
            Set<String> waarden = new LinkedHashSet<>();
            for (Object constante : soort.getEnumConstants()) {
                String naam = ((Enum<?>) constante).name();
                try {
                    JsonProperty p = soort.getField(naam).getAnnotation(JsonProperty.class);
                    waarden.add(p != null ? p.value() : naam);
                } catch (NoSuchFieldException e) {
                    waarden.add(naam);
                }
            }
            return Collections.unmodifiableSet(waarden);
        }
    };

    private Schemaklassen() {
    }

    static Map<String, Veld> velden(Class<?> schema) {
        return VELDEN.get(schema);
    }

    static Set<String> waarden(Class<?> soort) {
        return WAARDEN.get(soort);
    }
}
