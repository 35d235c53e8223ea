package nl.indicatiewijzer.regels;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader rule sets are built, read and run with: the application's, remembering the names it does not
 * have. Drools and MVEL try each name in a rule against each import ({@code regels.feiten.*},
 * {@code advies.begrippen.*}) and mostly miss; in the packaged service every such miss opened the application's jar
 * again, and most of a stede-broec upload's build went there (README, "Snelheid"). The application's classes do not
 * change while it runs, so a miss stays a miss. Loads nothing itself.
 * <p>
 * MVEL also looks names up through the thread's context class loader, and Drools compiles rules on pool threads
 * that take over the context class loader of the thread that started them: {@link #metToepassing} sets it for a build.
 */
final class Klassenlader extends ClassLoader {
    static final Klassenlader TOEPASSING = new Klassenlader(Klassenlader.class.getClassLoader());
    /** The five regelingen leave 5,999 names (273,211 characters), and building one again adds none; far more is a fault. */
    private static final int ONTHOUDEN = 100_000;
    private final Set<String> onbekend = ConcurrentHashMap.newKeySet();

    Klassenlader(ClassLoader toepassing) {
        super("indicatiewijzer-regels", toepassing);
    }

    /** Does the work with this loader as the thread's context class loader, and restores the one before. */
    static <T, E extends Exception> T metToepassing(Werk<T, E> werk) throws E {
        Thread draad = Thread.currentThread();
        ClassLoader eerder = draad.getContextClassLoader();
        draad.setContextClassLoader(TOEPASSING);
        try {
            return werk.doe();
        } finally {
            draad.setContextClassLoader(eerder);
        }
    }

    @FunctionalInterface
    interface Werk<T, E extends Exception> {
        T doe() throws E;
    }

    @Override
    protected Class<?> loadClass(String naam, boolean koppel) throws ClassNotFoundException {
        if (onbekend.contains(naam)) {
            throw new ClassNotFoundException(naam);
        }
        try {
            return getParent().loadClass(naam);
        } catch (ClassNotFoundException e) {
            if (onbekend.size() < ONTHOUDEN) {
                onbekend.add(naam);
            }
            throw e;
        }
    }
}
