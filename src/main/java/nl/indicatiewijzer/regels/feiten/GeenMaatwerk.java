package nl.indicatiewijzer.regels.feiten;

/** Conclusion that general provisions or the own network suffice. */
public class GeenMaatwerk {
}
