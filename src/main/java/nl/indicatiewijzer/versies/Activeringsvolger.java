package nl.indicatiewijzer.versies;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.systeem.Database;
import org.jboss.logging.Logger;

/**
 * Keeps this instance on the version the store names as active, so an activation on any instance
 * reaches every instance: every interval ({@code indicatiewijzer.activering.peilinterval}, 250 ms; a
 * Quartz job, since the plain scheduler's finest step is 1 s) it reads the active version of each
 * regeling (two small indexed queries), swaps where this instance differs, and builds each activatable
 * candidate as it is uploaded, so that its activation is only a swap here too.
 */
@ApplicationScoped
public class Activeringsvolger {
    private static final Logger LOG = Logger.getLogger(Activeringsvolger.class);
    /** Per regeling the version of its latest roll-out or activation. */
    private static final String ACTIEF = "SELECT g.regeling, g.regelset_versie FROM regelset_gebeurtenis g "
            + "WHERE g.soort <> 'UPLOAD' AND g.volgnummer = (SELECT MAX(h.volgnummer) FROM regelset_gebeurtenis h "
            + "WHERE h.regeling = g.regeling AND h.soort <> 'UPLOAD')";
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

    /** Makes this instance answer with the version the store names as active for the regeling. */
    public synchronized void volg(Regeling regeling) {
        String actief = opslag.actieveVersie(regeling).orElse(null);
        Regelset hier = register.actief(regeling);
        if (actief != null && (hier == null || !hier.versie().equals(actief))) {
            register.activeer(regelsets.versie(regeling, actief));
            LOG.infof("Regelset %s: versie %s is nu actief op deze instantie (was %s)", regeling.code(), actief,
                    hier == null ? "geen" : hier.versie());
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
            Map<Regeling, String> actief = new EnumMap<>(Regeling.class);
            List<Kandidaat> kandidaten = new ArrayList<>();
            try (Connection c = database.verbinding()) {
                try (PreparedStatement s = c.prepareStatement(ACTIEF); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        actief.put(Regeling.vanCode(rs.getString(1)), rs.getString(2));
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
            actief.forEach((regeling, versie) -> {
                Regelset hier = register.actief(regeling);
                if (hier == null || !hier.versie().equals(versie)) {
                    volg(regeling);
                }
            });
            kandidaten.forEach(k -> regelsets.versie(k.regeling(), k.versie()));
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Activeringen konden niet worden gevolgd (volgende poging bij de volgende peiling): %s", e.getMessage());
        }
    }
}
