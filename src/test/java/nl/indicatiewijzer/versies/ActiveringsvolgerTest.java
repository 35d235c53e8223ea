package nl.indicatiewijzer.versies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import org.junit.jupiter.api.Test;

/** What an operator reads when a poll cannot bring a regeling or a candidate up to date: what failed, not its data. */
class ActiveringsvolgerTest {
    @Test
    void eenBekendeFoutHeetNaarHaarTitel() {
        NietBeschikbaarException fout = new NietBeschikbaarException(409, "Versie met fouten", "Regelsetversie § heeft fouten");

        assertEquals("Versie met fouten (409)", Activeringsvolger.reden(fout));
    }

    @Test
    void eenAndereFoutHeetNaarHaarSoortZonderHaarBericht() {
        IllegalStateException fout = new IllegalStateException("§", new SQLException("§", "08006"));

        assertEquals("java.lang.IllegalStateException", Activeringsvolger.reden(fout));
    }
}
