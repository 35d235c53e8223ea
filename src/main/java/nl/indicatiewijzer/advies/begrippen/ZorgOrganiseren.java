package nl.indicatiewijzer.advies.begrippen;

public enum ZorgOrganiseren {
    ZELF, MET_LICHTE_ONDERSTEUNING, MET_ONDERSTEUNING, BEPERKT, SOMS, BIJNA_NIET, NIET
}
