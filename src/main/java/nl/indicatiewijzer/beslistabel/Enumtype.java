package nl.indicatiewijzer.beslistabel;

import java.util.Arrays;
import java.util.List;

/** The constants of an enum type a table's template names (e.g. {@code Ophogingscode.$param}), through the sheet's imports. */
final class Enumtype {
    private Enumtype() {
    }

    /** The constant names, or an empty list when the type cannot be found among the imports. */
    static List<String> constanten(String naam, List<String> imports) {
        for (String imp : imports) {
            String kandidaat = imp.endsWith(".*") ? imp.substring(0, imp.length() - 1) + naam
                    : imp.endsWith("." + naam) ? imp : null;
            if (kandidaat == null) {
                continue;
            }
            try {
                Class<?> type = Class.forName(kandidaat, false, Enumtype.class.getClassLoader());
                if (type.isEnum()) {
                    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                }
            } catch (ClassNotFoundException e) {
                // not in this package; try the next import
            }
        }
        return List.of();
    }
}
