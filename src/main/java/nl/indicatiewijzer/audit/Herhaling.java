package nl.indicatiewijzer.audit;

import java.util.List;

/** The result of replaying a stored advice: identical or not, and every field that differs. */
public record Herhaling(String adviesId, String oorspronkelijkeRegelsetVersie, String regelsetVersie, boolean identiek,
        List<JsonVerschil.Verschil> verschillen) {
}
