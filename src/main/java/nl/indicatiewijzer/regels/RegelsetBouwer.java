package nl.indicatiewijzer.regels;

import io.micrometer.core.instrument.Metrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.indicatiewijzer.beslistabel.Celfout;
import nl.indicatiewijzer.beslistabel.Drlschrijver;
import nl.indicatiewijzer.beslistabel.Tabelvertaling;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Builds one KieBase from a regeling's files. A decision table becomes DRL only through
 * {@link Tabelvertaling}: written from its template (the released table of the same path) and the
 * checked values of its data cells, so a compile error is traced back to its sheet, row and column.
 */
public class RegelsetBouwer {
    private static final AtomicLong BOUWNUMMER = new AtomicLong();
    private static final String BRONMAP = "src/main/resources/";
    private final Bouwcache cache;

    public RegelsetBouwer() {
        this(null);
    }

    /** With a cache, a version built before (by this same application) is loaded instead of compiled. */
    public RegelsetBouwer(Bouwcache cache) {
        this.cache = cache;
    }

    /** Builds a release: each of its tables is its own template. */
    public Regelset bouw(Regeling regeling, List<Regelbestand> bestanden) {
        return bouw(regeling, bestanden, bestanden.stream().filter(Regelbestand::isBeslistabel).toList());
    }

    /** Builds archived files: the regeling has rules of its own when any file lies outside rules/algemeen. */
    public Regelset bouw(Regeling regeling, List<Regelbestand> bestanden, List<Regelbestand> sjablonen) {
        return bouw(regeling, bestanden, sjablonen,
                bestanden.stream().anyMatch(b -> !b.pad().startsWith("rules/" + RegelbestandenLezer.ALGEMEEN + "/")));
    }

    /** @param sjablonen the released tables whose structure the tables among {@code bestanden} are held to */
    public Regelset bouw(Regeling regeling, List<Regelbestand> bestanden, List<Regelbestand> sjablonen, boolean eigenRegels) {
        long start = System.nanoTime();
        String versie = Versie.van(bestanden);
        String sleutel = bouwsleutel(versie, bestanden, sjablonen);
        Optional<KieBase> bewaard = cache == null ? Optional.empty() : cache.lees(sleutel);
        if (bewaard.isPresent()) {
            meet(regeling, "bouwcache", start);
            return new Regelset(regeling, versie, bewaard.get(), bestanden, sjablonen, eigenRegels);
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("nl.indicatiewijzer.regelset", regeling.code(),
                "1." + BOUWNUMMER.incrementAndGet() + "-" + versie.substring(0, 12));
        kfs.generateAndWritePomXML(releaseId);

        List<Bouwfout> fouten = new ArrayList<>();
        Map<String, Herkomst> herkomst = new HashMap<>();
        Map<String, Regelbestand> standaard = Regelbestand.perPad(sjablonen);
        for (Regelbestand bestand : bestanden) {
            if (bestand.isBeslistabel()) {
                schrijfTabel(kfs, bestand, standaard.get(bestand.pad()), herkomst, fouten);
            } else {
                String kiePad = BRONMAP + bestand.pad();
                kfs.write(kiePad, bestand.inhoud());
                herkomst.put(zonderBronmap(kiePad), new Herkomst(bestand, null));
            }
        }
        if (!fouten.isEmpty()) {
            throw new RegelsetFout(regeling.code(), fouten);
        }

        KieBuilder builder = ks.newKieBuilder(kfs, Klassenlader.TOEPASSING);
        try {
            Klassenlader.metToepassing(builder::buildAll);
        } catch (RuntimeException e) {
            throw new RegelsetFout(regeling.code(), List.of(Bouwfout.inDrl("(regelset)", null, String.valueOf(e.getMessage()))));
        }
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            fouten.add(vertaal(m, herkomst));
        }
        if (!fouten.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RegelsetFout(regeling.code(), fouten);
        }
        KieContainer container = ks.newKieContainer(releaseId, Klassenlader.TOEPASSING);
        KieBase kieBase = Klassenlader.metToepassing(() -> container.newKieBase(Netwerkopties.configuratie(ks, container.getClassLoader())));
        ks.getRepository().removeKieModule(releaseId);
        if (cache != null) {
            cache.bewaar(sleutel, kieBase);
        }
        meet(regeling, "compilatie", start);
        return new Regelset(regeling, versie, kieBase, bestanden, sjablonen, eigenRegels);
    }

    /** Build time per regeling, loaded from the bouwcache or compiled (outside Quarkus nothing records it). */
    private static void meet(Regeling regeling, String bron, long start) {
        Metrics.timer("indicatiewijzer.regelset.bouw", "regeling", regeling.code(), "bron", bron)
                .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private static void schrijfTabel(KieFileSystem kfs, Regelbestand bestand, Regelbestand sjabloon, Map<String, Herkomst> herkomst,
            List<Bouwfout> fouten) {
        if (sjabloon == null) {
            fouten.add(Bouwfout.inTabel(bestand.pad(), null, null, null, null,
                    "er is geen vrijgegeven tabel met deze naam; alleen bestaande tabellen kunnen worden gewijzigd"));
            return;
        }
        Tabelvertaling.Uitkomst vertaling = Tabelvertaling.vertaal(bestand.pad(), bestand.inhoud(), sjabloon.inhoud());
        for (Celfout f : vertaling.fouten()) {
            fouten.add(Bouwfout.inTabel(bestand.pad(), f.blad(), f.rij(), f.kolom(), f.cel(), f.melding()));
        }
        for (Drlschrijver.Drl drl : vertaling.drl()) {
            String kiePad = BRONMAP + bestand.pad().replace(".drl.xlsx", "") + "/" + drl.blad().replaceAll("[^A-Za-z0-9]", "_") + ".drl";
            kfs.write(kiePad, drl.tekst());
            herkomst.put(zonderBronmap(kiePad), new Herkomst(bestand, drl));
        }
    }

    /** The version for a release; with other templates than its own tables, a key over both. */
    private static String bouwsleutel(String versie, List<Regelbestand> bestanden, List<Regelbestand> sjablonen) {
        List<Regelbestand> eigen = bestanden.stream().filter(Regelbestand::isBeslistabel).toList();
        if (Versie.van(eigen).equals(Versie.van(sjablonen))) {
            return versie;
        }
        return Versie.van(Stream.concat(bestanden.stream(),
                sjablonen.stream().map(s -> new Regelbestand("sjabloon/" + s.pad(), s.inhoud()))).toList());
    }

    private static Bouwfout vertaal(Message m, Map<String, Herkomst> herkomst) {
        Herkomst bron = m.getPath() == null ? null : herkomst.get(zonderBronmap(m.getPath()));
        String tekst = m.getText() == null ? "" : m.getText().strip();
        if (bron != null && bron.drl() != null) {
            Drlschrijver.Herkomst regel = bron.drl().herkomst(m.getLine());
            return Bouwfout.inTabel(bron.bestand().pad(), bron.drl().blad(), regel == null ? null : regel.rij(),
                    regel == null || regel.kolom() == null ? null : regel.kolom().letter(), null, tekst);
        }
        String bestand = bron != null ? bron.bestand().pad() : String.valueOf(m.getPath());
        return Bouwfout.inDrl(bestand, m.getLine() > 0 ? m.getLine() : null, tekst);
    }

    private static String zonderBronmap(String kiePad) {
        return kiePad.startsWith(BRONMAP) ? kiePad.substring(BRONMAP.length()) : kiePad;
    }

    /** Which project file (and for a table, which sheet's DRL) a path in the KIE file system came from. */
    private record Herkomst(Regelbestand bestand, Drlschrijver.Drl drl) {
    }
}
