package nl.indicatiewijzer.advies.begrippen;

/** The result areas of household help with a weekly norm time (stede-broec Bijlage 2, Tabellen 2, 3, 5, 6 and 8). */
public enum Resultaatgebied {
    LICHT_HUISHOUDELIJK_WERK, ZWAAR_HUISHOUDELIJK_WERK, SCHONE_KLEDING_EN_LINNENGOED, BOODSCHAPPEN_EN_MAALTIJDEN,
    DAGELIJKSE_ORGANISATIE
}
