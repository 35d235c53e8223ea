package nl.indicatiewijzer.regels;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

/**
 * The compiled rule packages of versions built before, kept under the data directory, so that a
 * restart loads them instead of parsing tables and compiling rules again. A file counts only for the
 * same regelsetVersie built by the same application and Drools ({@link Bouwsleutel}) and only when its
 * checksum holds; anything else is built from the files as before. It is a cache: deleting it is safe.
 */
@ApplicationScoped
public class Bouwcache {
    private static final Logger LOG = Logger.getLogger(Bouwcache.class);
    private static final String KOP = "indicatiewijzer-bouwcache-1";

    private final Path map;
    private final int bewaard;
    private final String sleutel;
    private final ExecutorService schrijver = Executors.newSingleThreadExecutor(taak -> {
        Thread t = new Thread(taak, "bouwcache");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    @Inject
    public Bouwcache(@ConfigProperty(name = "indicatiewijzer.data-dir", defaultValue = "data") String dataDir,
            @ConfigProperty(name = "indicatiewijzer.bouwcache.bewaard", defaultValue = "20") int bewaard) {
        this(Path.of(dataDir, "bouwcache"), bewaard, Bouwsleutel.vanDezeToepassing());
    }

    Bouwcache(Path map, int bewaard, String sleutel) {
        this.map = map;
        this.bewaard = bewaard;
        this.sleutel = sleutel;
    }

    public Optional<KieBase> lees(String versie) {
        Path bestand = map.resolve(versie + ".kiebase");
        if (bewaard <= 0 || sleutel == null || !Files.isRegularFile(bestand)) {
            return Optional.empty();
        }
        try {
            byte[] inhoud = Files.readAllBytes(bestand);
            byte[] verwacht = kop(versie);
            if (inhoud.length < verwacht.length + 64
                    || !Arrays.equals(inhoud, 0, verwacht.length, verwacht, 0, verwacht.length)) {
                return Optional.empty();
            }
            byte[] pakketten = Arrays.copyOfRange(inhoud, verwacht.length + 64, inhoud.length);
            String controle = new String(inhoud, verwacht.length, 64, StandardCharsets.US_ASCII);
            if (!controle.equals(Bouwsleutel.sha256(pakketten))) {
                LOG.warnf("Bouwcache van versie %s is beschadigd en wordt niet gebruikt", versie);
                return Optional.empty();
            }
            Files.setLastModifiedTime(bestand, FileTime.from(Instant.now()));
            return Optional.of(Klassenlader.metToepassing(() -> kieBase(pakketten)));
        } catch (Exception e) {
            LOG.warnf("Bouwcache van versie %s niet bruikbaar (%s); de versie wordt opnieuw gebouwd", versie, e);
            return Optional.empty();
        }
    }

    /** Writes in the background: a first start should not wait for it (serialising a cold JVM takes seconds). */
    public void bewaar(String versie, KieBase kieBase) {
        if (bewaard > 0 && sleutel != null) {
            schrijver.execute(() -> schrijf(versie, kieBase));
        }
    }

    private void schrijf(String versie, KieBase kieBase) {
        try {
            ByteArrayOutputStream pakketten = new ByteArrayOutputStream();
            try (ObjectOutputStream uit = new DroolsObjectOutputStream(pakketten)) {
                uit.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
            byte[] bytes = pakketten.toByteArray();
            ByteArrayOutputStream bestand = new ByteArrayOutputStream(bytes.length + 256);
            bestand.writeBytes(kop(versie));
            bestand.writeBytes(Bouwsleutel.sha256(bytes).getBytes(StandardCharsets.US_ASCII));
            bestand.writeBytes(bytes);
            Files.createDirectories(map);
            Path tijdelijk = Files.createTempFile(map, versie, ".tmp");
            Files.write(tijdelijk, bestand.toByteArray());
            Files.move(tijdelijk, map.resolve(versie + ".kiebase"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            ruimOp();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Versie %s niet in de bouwcache gezet (%s); de service werkt zonder", versie, e);
        }
    }

    /** What a file starts with: format, application key and version, then the 64-character checksum of the packages. */
    private byte[] kop(String versie) {
        return (KOP + "\n" + sleutel + "\n" + versie + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Waits until every file handed to {@link #bewaar} is written (for tests). */
    void wachtOpSchrijven() throws Exception {
        schrijver.submit(() -> null).get();
    }

    @SuppressWarnings("unchecked")
    private static KieBase kieBase(byte[] pakketten) throws IOException, ClassNotFoundException {
        ClassLoader lader = Klassenlader.TOEPASSING;
        Collection<KiePackage> gelezen;
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(pakketten), lader)) {
            gelezen = (Collection<KiePackage>) in.readObject();
        }
        var kieBase = KnowledgeBaseFactory.newKnowledgeBase(Netwerkopties.configuratie(KieServices.Factory.get(), lader));
        kieBase.addPackages(gelezen);
        return kieBase;
    }

    /** Keeps the files used last; an older version is simply built again when it is needed. */
    private void ruimOp() throws IOException {
        List<Path> bestanden;
        try (Stream<Path> paden = Files.list(map)) {
            bestanden = paden.filter(p -> p.toString().endsWith(".kiebase"))
                    .sorted(Comparator.comparing(Bouwcache::gewijzigd).reversed()).toList();
        }
        for (Path oud : bestanden.subList(Math.min(bewaard, bestanden.size()), bestanden.size())) {
            Files.deleteIfExists(oud);
        }
    }

    private static long gewijzigd(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
