package nl.indicatiewijzer.systeem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** What the log prints of a failure: its kinds, SQL state and frames, and none of the text its messages carry. */
class FoutspoorTest {
    /** No stack frame or class name holds this sign, so finding it in the trace means a message got through. */
    private static final String TEKEN = "§";

    @Property(tries = 300)
    void geenBerichtVanEenFoutOfZijnOorzakenBereiktHetSpoor(@ForAll String bericht,
            @ForAll @AlphaChars @NumericChars @StringLength(5) String status) {
        SQLException database = new SQLException(TEKEN + bericht, status);
        IllegalStateException tussen = new IllegalStateException(TEKEN + bericht, database);
        tussen.addSuppressed(new RuntimeException(TEKEN + bericht));
        String spoor = afgedrukt(Foutspoor.van(new CompletionException(TEKEN + bericht, tussen)));

        assertFalse(spoor.contains(TEKEN), spoor);
        assertTrue(spoor.contains("java.util.concurrent.CompletionException"), spoor);
        assertTrue(spoor.contains("Caused by: java.lang.IllegalStateException"), spoor);
        assertTrue(spoor.contains("java.sql.SQLException (SQL-status " + status + ")"), spoor);
        assertTrue(spoor.contains("at " + FoutspoorTest.class.getName()), "de regels van de stapel blijven: " + spoor);
    }

    @Test
    void eenKetenDieInZichzelfTeruglooptToontElkeOorzaakEenmaal() {
        RuntimeException eerste = new RuntimeException(TEKEN);
        RuntimeException tweede = new RuntimeException(TEKEN, eerste);
        eerste.initCause(tweede);

        String spoor = afgedrukt(Foutspoor.van(eerste));

        assertFalse(spoor.contains(TEKEN), spoor);
        assertEquals(1, spoor.split("Caused by: ", -1).length - 1, "elke oorzaak eenmaal: " + spoor);
    }

    @Test
    void eenLangeKetenToontAlleOorzaken() {
        Throwable fout = new SQLException(TEKEN, "08006");
        for (int i = 0; i < 40; i++) {
            fout = new IllegalStateException(TEKEN + i, fout);
        }

        String spoor = afgedrukt(Foutspoor.van(fout));

        assertFalse(spoor.contains(TEKEN), spoor);
        assertEquals(40, spoor.split("Caused by: ", -1).length - 1, spoor);
        assertTrue(spoor.contains("Caused by: java.sql.SQLException (SQL-status 08006)"), spoor);
    }

    private static String afgedrukt(Throwable fout) {
        StringWriter tekst = new StringWriter();
        fout.printStackTrace(new PrintWriter(tekst));
        return tekst.toString();
    }
}
