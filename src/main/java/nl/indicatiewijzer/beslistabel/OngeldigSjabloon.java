package nl.indicatiewijzer.beslistabel;

/**
 * A released table the generator cannot read as a template (a keyword, column kind or code form it
 * does not support, or a column whose type it cannot tell). This is for the developer who released it.
 */
public class OngeldigSjabloon extends Exception {
    private final Celfout fout;

    public OngeldigSjabloon(Celfout fout) {
        super(fout.melding(), null, false, false);
        this.fout = fout;
    }

    public Celfout fout() {
        return fout;
    }
}
