package nl.indicatiewijzer.systeem;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A failure as it may be logged: its kinds and stack frames, never its messages. A message can quote what a user
 * sent (a number that did not parse, a row a constraint refused), and the log holds no personal data.
 */
public final class Foutspoor extends RuntimeException {
    private Foutspoor(Throwable fout, Throwable oorzaak) {
        super(soort(fout), oorzaak, false, true);
        setStackTrace(fout.getStackTrace());
    }

    /** A copy of the failure and its causes without messages, to log in its place. */
    public static Foutspoor van(Throwable fout) {
        return van(fout, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    // a chain of causes can loop back on itself: each cause is copied once, as printStackTrace prints it once
    private static Foutspoor van(Throwable fout, Set<Throwable> gezien) {
        gezien.add(fout);
        Throwable oorzaak = fout.getCause();
        return new Foutspoor(fout, oorzaak == null || gezien.contains(oorzaak) ? null : van(oorzaak, gezien));
    }

    /** The kind of failure, with its SQL state for a database failure. */
    public static String soort(Throwable fout) {
        String soort = fout.getClass().getName();
        return fout instanceof SQLException sql ? soort + " (SQL-status " + sql.getSQLState() + ")" : soort;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
