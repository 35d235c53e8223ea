package nl.indicatiewijzer.bench;

import java.time.LocalDate;
import java.util.Map;
import nl.indicatiewijzer.advies.begrippen.Complexiteit;
import nl.indicatiewijzer.advies.begrippen.Ernst;
import nl.indicatiewijzer.advies.begrippen.Grondslag;
import nl.indicatiewijzer.advies.begrippen.Hulpvraag;
import nl.indicatiewijzer.advies.begrippen.Leefgebied;
import nl.indicatiewijzer.advies.begrippen.Perspectief;
import nl.indicatiewijzer.advies.verzoek.Clientsituatie;

/**
 * The baseline a rule engine is measured against: the mlw-mer perceel choice (rules/mlw-mer/percelen.drl
 * and perceel-6.drl, README interpretations 1-7) written by hand in plain Java, without justification.
 * Returns the perceel number, or 0 when no perceel can be chosen.
 */
public final class Perceelkeuze {
    private static final LocalDate PERCEEL_6_VANAF = LocalDate.of(2027, 1, 1);
    private static final LocalDate PERCEEL_6_TOT = LocalDate.of(2028, 12, 31);

    private Perceelkeuze() {
    }

    public static int kies(Clientsituatie c) {
        boolean groepUitgesloten = c.getGroep() != null && c.getGroep().isContraIndicatie();
        boolean bgi = c.getHulpvragen().contains(Hulpvraag.BEGELEIDING_INDIVIDUEEL)
                || c.getHulpvragen().contains(Hulpvraag.DAGSTRUCTUUR) && groepUitgesloten;
        boolean bgg = c.getHulpvragen().contains(Hulpvraag.DAGSTRUCTUUR) && !groepUitgesloten;
        Grondslag dominant = c.getDominanteGrondslag() != null ? c.getDominanteGrondslag()
                : c.getGrondslagen().size() == 1 ? c.getGrondslagen().get(0) : null;
        if (!(bgi || bgg) || dominant == Grondslag.ZINTUIGLIJK) {
            return 0;
        }
        Map<Leefgebied, Ernst> leefgebieden = c.getLeefgebieden();
        if (bgi && !c.getKenmerkenComplex().isEmpty() && c.getKenmerkenComplex().size() >= 4 && dominant == Grondslag.PSYCHISCH
                && zwaar(leefgebieden, true) >= 5 && !c.getPeildatum().isBefore(PERCEEL_6_VANAF) && !c.getPeildatum().isAfter(PERCEEL_6_TOT)) {
            return 6;
        }
        if (bgg && c.getBeschermdWonen() != null && c.getBeschermdWonen().isToewijzing()) {
            return 2;
        }
        Perspectief p = c.getPerspectief();
        if (p == Perspectief.ONTWIKKELING) {
            if (zwaar(leefgebieden, false) > 0 || c.getComplexiteit() == Complexiteit.HOOG) {
                return 2;
            }
            return c.getComplexiteit() == null ? 0 : 1;
        }
        if (p == Perspectief.BEHOUD || p == Perspectief.GECONTROLEERDE_ACHTERUITGANG) {
            return c.isOuderdomsgerelateerd() ? 4 : 3;
        }
        return 0;
    }

    private static int zwaar(Map<Leefgebied, Ernst> leefgebieden, boolean zonderVervoer) {
        int n = 0;
        for (var e : leefgebieden.entrySet()) {
            if (e.getValue() == Ernst.ZWAAR && !(zonderVervoer && e.getKey() == Leefgebied.VERPLAATSEN_VERVOER)) {
                n++;
            }
        }
        return n;
    }
}
