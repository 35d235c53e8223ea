package nl.indicatiewijzer.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.indicatiewijzer.regels.feiten.Arrangement;
import org.junit.jupiter.api.Test;

/** The loader Drools builds with asks the application once for a name it lacks, and still finds what it has. */
class KlassenladerTest {
    private final Tellend toepassing = new Tellend(KlassenladerTest.class.getClassLoader());
    private final Klassenlader lader = new Klassenlader(toepassing);

    @Test
    void eenNaamDieDeToepassingNietHeeftWordtHaarEenmaalGevraagd() {
        String naam = "nl.indicatiewijzer.regels.feiten.profiel";

        for (int i = 0; i < 3; i++) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(naam, false, lader));
        }

        assertEquals(1, toepassing.gevraagd(naam));
    }

    @Test
    void eenKlasseDieDeToepassingHeeftKomtVanDeToepassing() throws Exception {
        assertThrows(ClassNotFoundException.class, () -> lader.loadClass(Arrangement.class.getName() + "en"));

        assertSame(Arrangement.class, lader.loadClass(Arrangement.class.getName()));
        assertSame(Arrangement.class, Class.forName(Arrangement.class.getName(), false, lader));
    }

    @Test
    void hetWerkDraaitMetDeLaderAlsContextladerEnDaarnaIsDeOudeTerug() {
        Thread draad = Thread.currentThread();
        ClassLoader eerder = draad.getContextClassLoader();

        assertSame(Klassenlader.TOEPASSING, Klassenlader.metToepassing(draad::getContextClassLoader));
        assertThrows(IllegalStateException.class, () -> Klassenlader.metToepassing(() -> {
            throw new IllegalStateException();
        }));

        assertSame(eerder, draad.getContextClassLoader());
    }

    /** The application's loader, counting how often each name is asked of it. */
    private static final class Tellend extends ClassLoader {
        private final Map<String, Integer> vragen = new ConcurrentHashMap<>();

        Tellend(ClassLoader ouder) {
            super(ouder);
        }

        @Override
        protected Class<?> loadClass(String naam, boolean koppel) throws ClassNotFoundException {
            vragen.merge(naam, 1, Integer::sum);
            return super.loadClass(naam, koppel);
        }

        int gevraagd(String naam) {
            return vragen.getOrDefault(naam, 0);
        }
    }
}
