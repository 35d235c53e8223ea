package nl.indicatiewijzer.regels;

/**
 * What one fired rule contributes to the justification: its name, its Dutch sentence with the
 * values of this case filled in, and its source. {@code soort} says where it goes: motivering,
 * afgewezen (with the option it rules out) or waarschuwing.
 */
public record Regelspoor(String soort, String regel, String tekst, String bron, String optie) {
    public static final String MOTIVERING = "motivering";
    public static final String AFGEWEZEN = "afgewezen";
    public static final String WAARSCHUWING = "waarschuwing";
}
