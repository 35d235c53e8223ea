package nl.indicatiewijzer.regels;

/**
 * What one fired rule contributes to the justification: its name in Dutch words, its Dutch sentence
 * with the values of this case filled in, and its source. {@code soort} says where it goes: motivering,
 * afgewezen (with the option it rules out) or waarschuwing. A row of a decision table has its file and
 * row in {@code tabelrij}; otherwise that is null.
 */
public record Regelspoor(String soort, String regel, String tekst, String bron, String optie, String tabelrij) {
    public static final String MOTIVERING = "motivering";
    public static final String AFGEWEZEN = "afgewezen";
    public static final String WAARSCHUWING = "waarschuwing";
}
