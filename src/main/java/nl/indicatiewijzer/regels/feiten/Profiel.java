package nl.indicatiewijzer.regels.feiten;

/** The ondersteuningsprofiel of a client (stede-broec Bijlage 1): 1 PSY, 2 LVB, 3 PG, 4 LB enkelvoudig HH, 5 LB/NAH. */
public class Profiel {
    private static final String[] AFKORTING = {"", "PSY", "LVB", "PG", "LB-HH", "LB-NAH"};
    private final int nummer;

    public Profiel(int nummer) {
        this.nummer = nummer;
    }

    public static String afkorting(int nummer) {
        return AFKORTING[nummer];
    }

    /** The arrangement code of a profile and intensity, e.g. "PSY-B+". */
    public static String code(int profiel, Enum<?> intensiteit) {
        return afkorting(profiel) + "-" + ("B_PLUS".equals(intensiteit.name()) ? "B+" : intensiteit.name());
    }

    public int getNummer() {
        return nummer;
    }
}
