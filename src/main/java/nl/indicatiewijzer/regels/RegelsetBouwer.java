package nl.indicatiewijzer.regels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.indicatiewijzer.advies.begrippen.Regeling;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Builds one KieBase from a regeling's files. Decision tables are turned into DRL here (not by the
 * KIE file system) so that every compile error can be traced back to its sheet, row and cell.
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

    /** Builds from archived files: the regeling has rules of its own when any file lies outside rules/algemeen. */
    public Regelset bouw(Regeling regeling, List<Regelbestand> bestanden) {
        return bouw(regeling, bestanden, bestanden.stream().anyMatch(b -> !b.pad().startsWith("rules/" + RegelbestandenLezer.ALGEMEEN + "/")));
    }

    public Regelset bouw(Regeling regeling, List<Regelbestand> bestanden, boolean eigenRegels) {
        String versie = Versie.van(bestanden);
        Optional<KieBase> bewaard = cache == null ? Optional.empty() : cache.lees(versie);
        if (bewaard.isPresent()) {
            return new Regelset(regeling, versie, bewaard.get(), bestanden, eigenRegels);
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("nl.indicatiewijzer.regelset", regeling.code(),
                "1." + BOUWNUMMER.incrementAndGet() + "-" + versie.substring(0, 12));
        kfs.generateAndWritePomXML(releaseId);

        List<Bouwfout> fouten = new ArrayList<>();
        Map<String, Herkomst> herkomst = new HashMap<>();
        for (Regelbestand bestand : bestanden) {
            if (bestand.isBeslistabel()) {
                Beslistabel tabel = new Beslistabel(bestand);
                fouten.addAll(tabel.fouten());
                for (Beslistabel.Blad blad : tabel.bladen()) {
                    kfs.write(blad.kiePad(), blad.drl());
                    herkomst.put(zonderBronmap(blad.kiePad()), new Herkomst(bestand, tabel, blad));
                }
            } else {
                String kiePad = BRONMAP + bestand.pad();
                kfs.write(kiePad, bestand.inhoud());
                herkomst.put(zonderBronmap(kiePad), new Herkomst(bestand, null, null));
            }
        }
        if (!fouten.isEmpty()) {
            throw new RegelsetFout(regeling.code(), fouten);
        }

        KieBuilder builder = ks.newKieBuilder(kfs);
        try {
            builder.buildAll();
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
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        if (cache != null) {
            cache.bewaar(versie, kieBase);
        }
        return new Regelset(regeling, versie, kieBase, bestanden, eigenRegels);
    }

    private static Bouwfout vertaal(Message m, Map<String, Herkomst> herkomst) {
        Herkomst bron = m.getPath() == null ? null : herkomst.get(zonderBronmap(m.getPath()));
        String tekst = m.getText() == null ? "" : m.getText().strip();
        if (bron != null && bron.tabel() != null) {
            return bron.tabel().fout(bron.blad(), m.getLine(), tekst);
        }
        String bestand = bron != null ? bron.bestand().pad() : String.valueOf(m.getPath());
        return Bouwfout.inDrl(bestand, m.getLine() > 0 ? m.getLine() : null, tekst);
    }

    private static String zonderBronmap(String kiePad) {
        return kiePad.startsWith(BRONMAP) ? kiePad.substring(BRONMAP.length()) : kiePad;
    }

    /** Which project file (and for a table, which sheet) a path in the KIE file system came from. */
    private record Herkomst(Regelbestand bestand, Beslistabel tabel, Beslistabel.Blad blad) {
    }
}
