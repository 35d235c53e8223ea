package nl.indicatiewijzer.versies;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.systeem.Database;
import nl.indicatiewijzer.systeem.Foutspoor;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import org.jboss.logging.Logger;

/**
 * Keeps this instance on the timeline the store names, so an activation on any instance reaches every
 * instance: every interval ({@code indicatiewijzer.activering.peilinterval}, 250 ms; a Quartz job, since
 * the plain scheduler's finest step is 1 s) it reads the number of the latest roll-out or activation of
 * each regeling (one small indexed query), rebuilds the {@link Tijdlijn} where this instance has an
 * older one, and builds each activatable candidate as it is uploaded, so that its activation is only a
 * swap here too.
 */
@ApplicationScoped
public class Activeringsvolger {
    private static final Logger LOG = Logger.getLogger(Activeringsvolger.class);
    /** Per regeling the number of its latest roll-out or activation. */
    private static final String ACTIEF = "SELECT regeling, MAX(volgnummer) FROM regelset_gebeurtenis "
            + "WHERE soort <> 'UPLOAD' GROUP BY regeling";
    private static final String NIEUWE_KANDIDATEN = "SELECT g.volgnummer, g.regeling, g.regelset_versie FROM regelset_gebeurtenis g "
            + "JOIN regelset_versie v ON v.regelset_versie = g.regelset_versie "
            + "WHERE g.volgnummer > ? AND g.soort = 'UPLOAD' AND v.activeerbaar = TRUE ORDER BY g.volgnummer";
    private final RegelsetRegister register;
    private final Regelsets regelsets;
    private final Versieopslag opslag;
    private final Database database;
    private volatile boolean begonnen;
    private long laatstGezien = -1;

    public Activeringsvolger(RegelsetRegister register, Regelsets regelsets, Versieopslag opslag, Database database) {
        this.register = register;
        this.regelsets = regelsets;
        this.opslag = opslag;
        this.database = database;
    }

    /** Starts following, once {@link Uitrol} has made a version of every regeling active. */
    void begin() {
        begonnen = true;
    }

    /** Makes this instance answer with the timeline the store names for the regeling. */
    public synchronized void volg(Regeling regeling) {
        Tijdlijn tijdlijn = opslag.tijdlijn(regeling);
        Tijdlijn hier = register.tijdlijn(regeling);
        if (tijdlijn.isLeeg() || tijdlijn.stand() == hier.stand()) {
            return;
        }
        Map<String, Regelset> gebouwd = new HashMap<>();
        tijdlijn.versies().forEach(v -> gebouwd.put(v, regelsets.versie(regeling, v)));
        register.zet(regeling, tijdlijn, gebouwd);
        if (!tijdlijn.ingangen().equals(hier.ingangen())) {
            LOG.infof("Regelset %s: tijdlijn nu %s op deze instantie (was %s)", regeling.code(), tijdlijn.ingangen(), hier.ingangen());
        }
    }

    private record Kandidaat(Regeling regeling, String versie) {
    }

    /**
     * Compares this instance's versions with the store's (state, not events: an event committed
     * late under a lower number is not missed), then pre-builds the candidates uploaded since the
     * last poll.
     */
    @Scheduled(identity = "activeringsvolger", every = "${indicatiewijzer.activering.peilinterval:250ms}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void peil() {
        if (!begonnen) {
            return;
        }
        try {
            boolean eerste = laatstGezien < 0;
            Map<Regeling, Long> actief = new EnumMap<>(Regeling.class);
            List<Kandidaat> kandidaten = new ArrayList<>();
            try (Connection c = database.verbinding()) {
                try (PreparedStatement s = c.prepareStatement(ACTIEF); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        actief.put(Regeling.vanCode(rs.getString(1)), rs.getLong(2));
                    }
                }
                try (PreparedStatement s = c.prepareStatement(NIEUWE_KANDIDATEN)) {
                    s.setLong(1, Math.max(laatstGezien, 0));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            if (!eerste) {
                                kandidaten.add(new Kandidaat(Regeling.vanCode(rs.getString(2)), rs.getString(3)));
                            }
                            laatstGezien = Math.max(laatstGezien, rs.getLong(1));
                        }
                    }
                }
            }
            laatstGezien = Math.max(laatstGezien, 0);
            actief.forEach((regeling, stand) -> {
                if (register.tijdlijn(regeling).stand() != stand) {
                    apart("de tijdlijn van " + regeling.code(), () -> volg(regeling));
                }
            });
            kandidaten.forEach(k -> apart("kandidaat " + k.versie().substring(0, 12), () -> regelsets.versie(k.regeling(), k.versie())));
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Activeringen konden niet worden gevolgd (volgende poging bij de volgende peiling): %s", Foutspoor.soort(e));
        }
    }

    /** One regeling or candidate that fails does not hold up the others in the same poll. */
    private static void apart(String wat, Runnable stap) {
        try {
            stap.run();
        } catch (RuntimeException e) {
            LOG.warnf("Kon %s niet bijwerken (volgende poging bij de volgende peiling): %s", wat, reden(e));
        }
    }

    /** What the log says of a failed step: the service's own title for a known failure, otherwise its kind. */
    static String reden(RuntimeException e) {
        // the title is a fixed phrase; the detail may quote what a caller sent
        return e instanceof NietBeschikbaarException bekend ? bekend.titel() + " (" + bekend.status() + ")" : Foutspoor.soort(e);
    }
}
