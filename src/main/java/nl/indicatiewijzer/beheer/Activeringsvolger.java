package nl.indicatiewijzer.beheer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.indicatiewijzer.advies.begrippen.Regeling;
import nl.indicatiewijzer.audit.Database;
import nl.indicatiewijzer.audit.Regelsetbron;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.RegelsetRegister;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps this instance on the version the store names as active, so an activation on any instance
 * reaches every instance: it polls the events (one indexed query per interval), swaps to a newly
 * activated version, and builds each activatable candidate as it is uploaded, so that its activation
 * is only a swap here too.
 */
@ApplicationScoped
public class Activeringsvolger {
    private static final Logger LOG = Logger.getLogger(Activeringsvolger.class);
    private final RegelsetRegister register;
    private final Regelsetbron regelsets;
    private final Versieopslag opslag;
    private final Database database;
    private final long intervalMs;
    private ScheduledExecutorService klok;
    private long laatstGezien = -1;

    public Activeringsvolger(RegelsetRegister register, Regelsetbron regelsets, Versieopslag opslag, Database database,
            @ConfigProperty(name = "indicatiewijzer.activering.peilinterval-ms", defaultValue = "250") long intervalMs) {
        this.register = register;
        this.regelsets = regelsets;
        this.opslag = opslag;
        this.database = database;
        this.intervalMs = intervalMs;
    }

    /** Starts following, once {@link Uitrol} has made a version of every regeling active. */
    void begin() {
        klok = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "activeringsvolger");
            t.setDaemon(true);
            return t;
        });
        klok.scheduleWithFixedDelay(this::peil, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
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

    void peil() {
        try {
            Set<Regeling> geactiveerd = new LinkedHashSet<>();
            Set<Kandidaat> kandidaten = new LinkedHashSet<>();
            try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement("SELECT g.volgnummer, g.regeling, "
                    + "g.regelset_versie, g.soort, v.activeerbaar FROM regelset_gebeurtenis g JOIN regelset_versie v "
                    + "ON v.regelset_versie = g.regelset_versie WHERE g.volgnummer > ? ORDER BY g.volgnummer")) {
                s.setLong(1, Math.max(laatstGezien, 0));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Regeling regeling = Regeling.vanCode(rs.getString(2));
                        boolean upload = Gebeurtenis.Soort.UPLOAD.name().equals(rs.getString(4));
                        if (!upload) {
                            geactiveerd.add(regeling);
                        } else if (laatstGezien >= 0 && Boolean.TRUE.equals(rs.getObject(5))) {
                            kandidaten.add(new Kandidaat(regeling, rs.getString(3)));
                        }
                        laatstGezien = Math.max(laatstGezien, rs.getLong(1));
                    }
                }
            }
            laatstGezien = Math.max(laatstGezien, 0);
            geactiveerd.forEach(this::volg);
            kandidaten.forEach(k -> regelsets.versie(k.regeling(), k.versie()));
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Activeringen konden niet worden gevolgd (volgende poging over %d ms): %s", intervalMs, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (klok != null) {
            klok.shutdownNow();
        }
    }
}
