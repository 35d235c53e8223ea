package nl.indicatiewijzer.audit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.indicatiewijzer.systeem.Database;
import nl.indicatiewijzer.systeem.Foutspoor;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes every answered advice before its answer leaves: one writer thread takes all advices that
 * are waiting, chains them by hash, stores them in one transaction (each names a rule-set version
 * that is archived already: a foreign key holds it to that), forces the commit to disk, and only then lets their requests answer. Concurrent
 * requests thus share one commit, so durability does not cost throughput. With
 * {@code indicatiewijzer.audit.verzameltijd} the writer lets an advice wait at most that long for others to join
 * its commit (fewer commits at a steady rate); off by default, because it also waits when nothing more can come
 * (README, "Snelheid", "De commits"). The head of the chain is
 * read under a row lock inside that transaction, so several instances on one database extend one
 * gap-free chain; the lock is held for the batch's insert only.
 */
@Startup
@ApplicationScoped
public class AuditLog {
    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final int MAXIMALE_PARTIJ = 256;
    private static final long UITERLIJK_S = 30;
    /** Each waiting advice holds its request and answer (about 5 kB): a stalled store holds at most ~5 MB, then answers 503. */
    private static final int WACHTRIJ = 1_024;
    private record Opdracht(NieuwAdvies advies, CompletableFuture<AuditRecord> klaar, long sinds) {
    }

    private final Database database;
    private final Ketensleutel ketensleutel;
    private final Auditboom boom;
    private final DistributionSummary partijgrootte;
    private final Timer commitduur;
    private final long verzameltijd;
    private final BlockingQueue<Opdracht> wachtrij = new LinkedBlockingQueue<>(WACHTRIJ);
    private volatile boolean actief = true;
    private Thread schrijver;
    /** Used by the writer thread only. */
    private Schrijfverbinding open;

    public AuditLog(Database database, MeterRegistry metingen, Auditsleutels sleutels, Auditboom boom,
            @ConfigProperty(name = "indicatiewijzer.audit.verzameltijd", defaultValue = "0ms") Duration verzameltijd) {
        this.boom = boom;
        this.verzameltijd = verzameltijd.toNanos();
        this.ketensleutel = sleutels.keten();
        this.database = database;
        this.partijgrootte = DistributionSummary.builder("indicatiewijzer.audit.partij").baseUnit("adviezen")
                .description("Adviezen per duurzame commit van de auditlog").register(metingen);
        this.commitduur = Timer.builder("indicatiewijzer.audit.commit")
                .description("Opslaan en duurzaam committen van een partij adviezen").register(metingen);
    }

    @PostConstruct
    void start() {
        schrijver = new Thread(this::schrijf, "auditlog-schrijver");
        schrijver.start();
    }

    /**
     * Queues the advice for the writer. The future completes once the advice is durable, or fails with a 503: an
     * advice that is not stored is not answered. Nothing waits for it: the request's thread goes on with other work.
     */
    public CompletableFuture<AuditRecord> legVast(NieuwAdvies advies) {
        CompletableFuture<AuditRecord> klaar = new CompletableFuture<>();
        if (!actief || !wachtrij.offer(new Opdracht(advies, klaar, System.nanoTime()))) {
            throw nietOpgeslagen();
        }
        return klaar.orTimeout(UITERLIJK_S, TimeUnit.SECONDS).handle((record, fout) -> {
            if (fout instanceof NietBeschikbaarException niet) {
                throw niet;
            }
            if (fout != null) {
                LOG.error("Advies niet vastgelegd", Foutspoor.van(fout));
                throw nietOpgeslagen();
            }
            return record;
        });
    }

    private void schrijf() {
        openVooraf();
        while (actief || !wachtrij.isEmpty()) {
            List<Opdracht> partij = new ArrayList<>();
            try {
                Opdracht eerste = wachtrij.poll(200, TimeUnit.MILLISECONDS);
                if (eerste == null) {
                    continue;
                }
                partij.add(eerste);
                long wacht = verzameltijd - (System.nanoTime() - eerste.sinds());
                if (wacht > 0 && wachtrij.size() < MAXIMALE_PARTIJ - 1) {
                    LockSupport.parkNanos(wacht);
                }
                wachtrij.drainTo(partij, MAXIMALE_PARTIJ - 1);
                List<AuditRecord> opgeslagen = slaOp(partij);
                for (int i = 0; i < partij.size(); i++) {
                    partij.get(i).klaar().complete(opgeslagen.get(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                partij.forEach(o -> o.klaar().completeExceptionally(nietOpgeslagen()));
                break;
            } catch (Exception e) {
                LOG.errorf(Foutspoor.van(e), "%d adviezen niet in de auditlog opgeslagen", partij.size());
                partij.forEach(o -> o.klaar().completeExceptionally(nietOpgeslagen()));
            }
        }
        if (open != null) {
            open.close();
            open = null;
        }
    }

    /** The writer's connection and statements before the first advice, which then does not wait for them; on failure the first batch tries again. */
    private void openVooraf() {
        try {
            open = Schrijfverbinding.open(database);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("De auditlog opent zijn verbinding bij het eerste advies (%s)", Foutspoor.soort(e));
        }
    }

    private List<AuditRecord> slaOp(List<Opdracht> partij) throws SQLException {
        if (open == null) {
            open = Schrijfverbinding.open(database);
        }
        try {
            long start = System.nanoTime();
            List<AuditRecord> records = slaOp(open, partij);
            database.maakDuurzaam(open.verbinding);
            records.forEach(r -> boom.vastgelegd(r.volgnummer(), r.hash()));
            commitduur.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            partijgrootte.record(partij.size());
            return records;
        } catch (SQLException | RuntimeException e) {
            open.close();
            open = null;
            throw e;
        }
    }

    private List<AuditRecord> slaOp(Schrijfverbinding w, List<Opdracht> partij) throws SQLException {
        List<AuditRecord> records = new ArrayList<>();
        Kop kop = vergrendelKop(w.leesKop);
        long volgnummer = kop.volgnummer();
        String vorige = kop.hash();
        for (Opdracht o : partij) {
            NieuwAdvies a = o.advies();
            volgnummer++;
            String hash = Ketenhash.van(volgnummer, a.adviesId(), a.tijdstip(), a.regeling(),
                    a.regelsetVersie(), a.uitkomst(), a.gebruiker(), a.rol(), a.clientHash(), a.verzoek(),
                    a.antwoord(), vorige, a.verwerking());
            AuditRecord r = new AuditRecord(volgnummer, a.adviesId(), a.tijdstip(), a.regeling(),
                    a.regelsetVersie(), a.uitkomst(), a.gebruiker(), a.rol(), a.clientHash(), a.verzoek(),
                    a.antwoord(), vorige, hash, a.verwerking(), ketensleutel.van(hash));
            vul(w.invoegen, r);
            w.invoegen.addBatch();
            records.add(r);
            vorige = hash;
        }
        w.invoegen.executeBatch();
        w.zetKop.setLong(1, volgnummer);
        w.zetKop.setString(2, vorige);
        w.zetKop.executeUpdate();
        w.verbinding.commit();
        return records;
    }

    private static void vul(PreparedStatement s, AuditRecord r) throws SQLException {
        s.setLong(1, r.volgnummer());
        s.setString(2, r.adviesId());
        s.setObject(3, r.tijdstip());
        s.setString(4, r.regeling());
        s.setString(5, r.regelsetVersie());
        s.setString(6, r.uitkomst());
        s.setString(7, r.gebruiker());
        s.setString(8, r.rol());
        s.setString(9, r.clientHash());
        s.setString(10, r.verzoek());
        s.setString(11, r.antwoord());
        s.setString(12, r.vorigeHash());
        s.setString(13, r.hash());
        Verwerking v = r.verwerking();
        s.setString(14, v == null ? null : v.activiteit());
        s.setString(15, v == null ? null : v.traceId());
        s.setString(16, v == null ? null : v.spanId());
        s.setString(17, v == null ? null : v.ouderSpanId());
        s.setString(18, r.sleutelhash());
    }

    private record Kop(long volgnummer, String hash) {
    }

    /** The last sequence number and hash, locked until this transaction ends. */
    private static Kop vergrendelKop(PreparedStatement leesKop) throws SQLException {
        try (ResultSet rs = leesKop.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("De auditlog heeft geen kop (tabel auditkop)");
            }
            return new Kop(rs.getLong(1), rs.getString(2));
        }
    }

    private static NietBeschikbaarException nietOpgeslagen() {
        return new NietBeschikbaarException(503, "Advies niet vastgelegd",
                "Het advies kon niet duurzaam in de auditlog worden opgeslagen en is daarom niet gegeven; probeer het opnieuw.");
    }

    /** On shutdown, before any bean is destroyed: the writer stores what is queued and gives its connection back. */
    void stop(@Observes ShutdownEvent afsluiten) throws InterruptedException {
        stop();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        actief = false;
        schrijver.join(10_000);
    }
}
