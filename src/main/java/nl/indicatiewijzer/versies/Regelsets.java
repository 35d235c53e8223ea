package nl.indicatiewijzer.versies;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import nl.indicatiewijzer.regels.Bouwcache;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.regels.Regelset;
import nl.indicatiewijzer.regels.RegelsetBouwer;
import nl.indicatiewijzer.regels.RegelsetFout;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;

/**
 * The one way to a rule set: the active one of a regeling, or any version in the archive, built from
 * its exact archived bytes (with its files and scenarios). The few built last are kept for the next replay or activation; older ones are
 * let go so that their KieBases can be collected.
 */
@ApplicationScoped
public class Regelsets {
    private static final int BEWAARD = 2;
    private final RegelsetRegister register;
    private final Archief archief;
    private final Map<String, Regelset> gebouwd = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Regelset> oudste) {
            return size() > BEWAARD;
        }
    };
    private final Map<String, CompletableFuture<Regelset>> inBouw = new ConcurrentHashMap<>();
    private final RegelsetBouwer bouwer;

    public Regelsets(RegelsetRegister register, Archief archief, Bouwcache cache) {
        this.register = register;
        this.archief = archief;
        this.bouwer = new RegelsetBouwer(cache);
    }

    /** The version activated last: uploads are checked against it and candidates made on it. */
    public Regelset actief(Regeling regeling) {
        return register.actief(regeling);
    }

    /** The version on the regeling's timeline that decides an advice with this peildatum. */
    public Regelset op(Regeling regeling, LocalDate peildatum) {
        return register.op(regeling, peildatum);
    }

    public Regelset versie(Regeling regeling, String versie) {
        Regelset geldend = register.opTijdlijn(regeling, versie);
        if (geldend != null) {
            return geldend;
        }
        synchronized (gebouwd) {
            Regelset bekend = gebouwd.get(versie);
            if (bekend != null) {
                return bekend;
            }
        }
        CompletableFuture<Regelset> mijn = new CompletableFuture<>();
        CompletableFuture<Regelset> lopend = inBouw.putIfAbsent(versie, mijn);
        if (lopend != null) {
            // another thread (an activation, a replay, the pre-build of a candidate) is building it: wait for that one
            try {
                return lopend.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Regelset regelset = bouw(regeling, versie);
            onthoud(regelset);
            mijn.complete(regelset);
            return regelset;
        } catch (RuntimeException e) {
            mijn.completeExceptionally(e);
            throw e;
        } finally {
            inBouw.remove(versie);
        }
    }

    private Regelset bouw(Regeling regeling, String versie) {
        List<Regelbestand> bestanden = archief.archief(versie);
        if (bestanden.isEmpty() || !archief.regelingVan(versie).equals(regeling.code())) {
            throw new NietBeschikbaarException(404, "Onbekende regelsetversie",
                    "Regelsetversie " + versie + " van regeling " + regeling.code() + " staat niet in het archief.");
        }
        try {
            return bouwer.bouw(regeling, bestanden, archief.sjablonen(versie));
        } catch (RegelsetFout e) {
            throw new NietBeschikbaarException(409, "Versie met fouten", "Regelsetversie " + versie + " heeft fouten "
                    + "(zie haar validatierapport); zij wordt niet gebouwd en kan niet beslissen.");
        }
    }

    /** The exact files of an archived version (empty when the archive does not know it). */
    public List<Regelbestand> bestanden(String versie) {
        return archief.archief(versie);
    }

    /** The scenario files a version was checked with. */
    public List<Regelbestand> scenarios(String versie) {
        return archief.scenarios(versie);
    }

    /** Keeps a version just built (a candidate) for its impact analysis and activation. */
    public void onthoud(Regelset regelset) {
        synchronized (gebouwd) {
            gebouwd.put(regelset.versie(), regelset);
        }
    }
}
