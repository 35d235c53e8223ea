package nl.indicatiewijzer.beslistabel;

import java.util.Set;

/**
 * The XML namespaces in which the reader reads each kind of part, transitional and strict alike
 * (ECMA-376 Part 1, A.1 and Part 2, Annex F). Markup in any other namespace is not the workbook's data:
 * Excel skips what mc:Ignorable declares ignorable (Part 3), POI every element and attribute it does not
 * know. In a SpreadsheetML part such an element is skipped whole, unless it holds SpreadsheetML: then
 * Excel may show that content (mc:AlternateContent, mc:ProcessContent) where POI and this reader do
 * not, and the part is refused. The package parts (content types, relationships) have no markup
 * compatibility at all: another namespace there is refused.
 */
enum Naamruimten {
    SPREADSHEETML(true, "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"),
    RELATIES(false, "http://schemas.openxmlformats.org/package/2006/relationships"),
    INHOUDSTYPEN(false, "http://schemas.openxmlformats.org/package/2006/content-types");

    /** The namespace of r:id, the attribute by which workbook.xml names a sheet's relationship. */
    private static final Set<String> RELATIE_ID = Set.of("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://purl.oclc.org/ooxml/officeDocument/relationships");

    private final boolean vreemdOverslaan;
    private final Set<String> eigen;

    Naamruimten(boolean vreemdOverslaan, String... eigen) {
        this.vreemdOverslaan = vreemdOverslaan;
        this.eigen = Set.of(eigen);
    }

    boolean eigen(String naamruimte) {
        return naamruimte != null && eigen.contains(naamruimte);
    }

    /** Whether an element of another namespace is skipped (true) or refused (false). */
    boolean vreemdOverslaan() {
        return vreemdOverslaan;
    }

    /** Whether an attribute in this namespace is r:id's (ECMA-376 Part 1, 22.8.2.1). */
    static boolean relatieId(String naamruimte) {
        return naamruimte != null && RELATIE_ID.contains(naamruimte);
    }

    /** An attribute the schemas declare unqualified (r, t, s, date1904, Id, Type, ...): no namespace at all. */
    static boolean zonder(String naamruimte) {
        return naamruimte == null || naamruimte.isEmpty();
    }
}
