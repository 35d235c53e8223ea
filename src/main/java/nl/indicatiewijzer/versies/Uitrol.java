package nl.indicatiewijzer.versies;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.indicatiewijzer.regels.Bouwcache;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.RegelbestandenLezer;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.RegelsetBouwer;
import nl.indicatiewijzer.regels.RegelsetFout;
import nl.indicatiewijzer.regels.Versie;
import nl.indicatiewijzer.systeem.Naastelkaar;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At start-up, makes one version of every regeling active. New project files ({@code rules/},
 * {@code decision-tables/}) are a release: they are archived and become active. Otherwise the timeline
 * policy staff activated stays ({@link Tijdlijn}), each of its versions built from the archive, across
 * restarts. Then it hands over to the {@link Activeringsvolger}, which keeps this instance on it. Regelingen
 * are rolled out side by side; a version built before comes from the {@link Bouwcache}.
 */
@Startup
@ApplicationScoped
public class Uitrol {
    private static final Logger LOG = Logger.getLogger(Uitrol.class);
    public static final String SYSTEEM = "systeem";

    private final RegelsetRegister register;
    private final Versieopslag opslag;
    private final Archief archief;
    private final Path basis;
    private final Activeringsvolger volger;
    private final RegelsetBouwer bouwer;

    public Uitrol(RegelsetRegister register, Versieopslag opslag, Archief archief, Activeringsvolger volger,
            Bouwcache cache, @ConfigProperty(name = "indicatiewijzer.regels-map", defaultValue = ".") String basis) {
        this.bouwer = new RegelsetBouwer(cache);
        this.volger = volger;
        this.register = register;
        this.opslag = opslag;
        this.archief = archief;
        this.basis = Path.of(basis);
    }

    @PostConstruct
    void rolUit() {
        RegelbestandenLezer lezer = new RegelbestandenLezer(basis);
        List<Regelbestand> algemeen = lezer.algemeen();
        if (algemeen.isEmpty()) {
            throw new IllegalStateException("Geen regels gevonden onder " + basis.toAbsolutePath().resolve("rules")
                    + "; start de service vanuit de projectmap of zet indicatiewijzer.regels-map");
        }
        // the regelingen are independent: build them side by side
        Naastelkaar.voorElk("uitrol", List.of(Regeling.values()), regeling -> rolUit(regeling, lezer, algemeen));
        volger.begin();
    }

    private void rolUit(Regeling regeling, RegelbestandenLezer lezer, List<Regelbestand> algemeen) {
        List<Regelbestand> schijf = new ArrayList<>(algemeen);
        schijf.addAll(lezer.eigen(regeling));
        String schijfversie = Versie.van(schijf);
        long start = System.nanoTime();
        Regelset release = null;
        if (!opslag.laatsteUitrol(regeling).equals(Optional.of(schijfversie))) {
            // a new release: its files must build before they count
            release = bouwer.bouw(regeling, schijf);
            opslag.rolUit(regeling, schijfversie, schijf, lezer.scenarios(regeling), new Gebeurtenis(Gebeurtenis.Soort.UITROL,
                    regeling.code(), schijfversie, SYSTEEM, SYSTEEM, OffsetDateTime.now(ZoneOffset.UTC)));
        }
        // the timeline is the one in the store: another instance may have rolled out or activated since
        Tijdlijn tijdlijn = opslag.tijdlijn(regeling);
        if (tijdlijn.isLeeg()) {
            tijdlijn = Tijdlijn.van(schijfversie);
        }
        Map<String, Regelset> gebouwd = new HashMap<>();
        for (String versie : tijdlijn.versies()) {
            Regelset regelset = release != null && release.versie().equals(versie) ? release
                    : versie.equals(schijfversie) ? bouwer.bouw(regeling, schijf)
                    : gearchiveerd(regeling, versie);
            if (regelset == null) {
                tijdlijn = naarRelease(regeling, tijdlijn, versie, schijfversie);
                gebouwd.clear();
                gebouwd.put(schijfversie, release != null ? release : bouwer.bouw(regeling, schijf));
                break;
            }
            gebouwd.put(versie, regelset);
        }
        if (!tijdlijn.versies().contains(schijfversie)) {
            LOG.infof("Regelset %s: de door beleid geactiveerde tijdlijn %s blijft staan (de projectbestanden zijn versie %s)",
                    regeling.code(), tijdlijn.ingangen(), schijfversie);
        }
        register.zet(regeling, tijdlijn, gebouwd);
        LOG.infof("Regelset %s gebouwd in %d ms: versie %s (%d versies op de tijdlijn)", regeling.code(),
                (System.nanoTime() - start) / 1_000_000, tijdlijn.laatste(), tijdlijn.versies().size());
    }

    /** A version from the archive, or null when it does not fit its template. */
    private Regelset gearchiveerd(Regeling regeling, String versie) {
        try {
            return bouwer.bouw(regeling, archief.archief(versie), archief.sjablonen(versie));
        } catch (RegelsetFout e) {
            LOG.errorf("Regelset %s: versie %s op de tijdlijn past niet bij haar sjabloon en wordt niet gebouwd. %s",
                    regeling.code(), versie, e.getMessage());
            return null;
        }
    }

    /**
     * A version uploaded before its tables were held to their template may not fit it; it is never
     * built the old way: the release becomes active for every peildatum instead, as an activation by
     * the system that every instance follows and policy staff see among the events.
     */
    private Tijdlijn naarRelease(Regeling regeling, Tijdlijn tijdlijn, String kapot, String schijfversie) {
        LOG.errorf("Regelset %s: door versie %s wordt de release %s actief voor elke peildatum", regeling.code(), kapot, schijfversie);
        opslag.activeer(regeling, new Gebeurtenis(Gebeurtenis.Soort.ACTIVERING, regeling.code(), schijfversie, SYSTEEM, SYSTEEM,
                OffsetDateTime.now(ZoneOffset.UTC)), (nu, gebeurtenissen) -> Tijdlijn.uit(gebeurtenissen).ingangen().equals(tijdlijn.ingangen()));
        Tijdlijn nu = opslag.tijdlijn(regeling);
        return nu.versies().equals(java.util.Set.of(schijfversie)) ? nu : Tijdlijn.van(schijfversie);
    }
}
