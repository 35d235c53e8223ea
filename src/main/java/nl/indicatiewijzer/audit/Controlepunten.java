package nl.indicatiewijzer.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * Signs the head of the audit log: at an interval ({@code indicatiewijzer.audit.controlepunt-interval},
 * when the log grew) and on request. Each new checkpoint is also written to the {@link Controlepuntboek}.
 * A saved checkpoint is checked against the log as this instance recorded it ({@link Auditboom}) and
 * against the store ({@link Integriteitscontrole}).
 */
@ApplicationScoped
public class Controlepunten {
    private final Auditboom boom;
    private final Controlepuntsleutel sleutel;
    private final Controlepuntboek boek;
    private final Integriteitscontrole integriteit;
    private Controlepunt laatste;

    public Controlepunten(Auditboom boom, Auditsleutels sleutels, Controlepuntboek boek, Integriteitscontrole integriteit) {
        this.boom = boom;
        this.sleutel = sleutels.controlepunt();
        this.boek = boek;
        this.integriteit = integriteit;
    }

    @Scheduled(every = "${indicatiewijzer.audit.controlepunt-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void opTijd() {
        nieuwste();
    }

    /** The checkpoint of the log as it is now; a new one only when the log grew since the last. */
    public synchronized Controlepunt nieuwste() {
        long n = boom.bij().grootte();
        if (laatste == null || laatste.volgnummer() != n) {
            laatste = van(n);
            boek.schrijf(laatste);
        }
        return laatste;
    }

    /** A checkpoint of the log at {@code n} records, signed now. */
    public synchronized Controlepunt van(long n) {
        Merkleboom tree = boom.bij();
        if (n < 0 || n > tree.grootte()) {
            throw new IllegalArgumentException("de log telt " + tree.grootte() + " records, geen " + n);
        }
        String hash = n == 0 ? Ketenhash.BEGIN : HexFormat.of().formatHex(boom.ketenhash(n));
        return Controlepunt.onderteken(n, hash, HexFormat.of().formatHex(tree.wortel(n)), Instant.now().truncatedTo(ChronoUnit.SECONDS), sleutel);
    }

    public Controlepuntsleutel sleutel() {
        return sleutel;
    }

    /** Does the log still extend {@code opgeslagen}? The saved checkpoint's signature is checked by the caller. */
    public Controle controleer(Controlepunt opgeslagen) {
        Merkleboom tree = boom.bij();
        long n = opgeslagen.volgnummer();
        Controlepunt nu = nieuwste();
        if (n > tree.grootte()) {
            return new Controle(false, tree.grootte() + 1, "de log is korter dan het controlepunt: de records vanaf volgnummer "
                    + (tree.grootte() + 1) + " ontbreken", nu, List.of());
        }
        if (!HexFormat.of().formatHex(tree.wortel(n)).equals(opgeslagen.boomwortel())) {
            return new Controle(false, null, "de log tot volgnummer " + n + " is een andere dan die van het controlepunt "
                    + "(een vork, of het bladenboek van deze dienst is vervangen)", nu, List.of());
        }
        Integriteit.Breuk breuk = integriteit.controleer().eersteBreuk();
        if (breuk != null && breuk.volgnummer() <= n) {
            return new Controle(false, breuk.volgnummer(), breuk.reden(), nu, List.of());
        }
        List<String> bewijs = tree.consistentiebewijs(n, nu.volgnummer()).stream().map(HexFormat.of()::formatHex).toList();
        return new Controle(true, null, null, nu, bewijs);
    }

    /** The answer to a saved checkpoint: with the consistency proof (RFC 9162, 2.1.4) from it to the current one. */
    public record Controle(boolean verlengt, Long eersteVerschil, String reden, Controlepunt huidig, List<String> consistentiebewijs) {
    }
}
