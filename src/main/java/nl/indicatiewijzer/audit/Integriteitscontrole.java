package nl.indicatiewijzer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import nl.indicatiewijzer.versies.Archief;

/**
 * Walks the audit log in order and checks that every record's hash matches its content and the
 * record before it, that no sequence number is missing, and that every record is the one this instance
 * keyed ({@link Ketensleutel}) and recorded in its {@link Bladenboek} when it first read it: a changed, deleted or reordered row breaks
 * the chain at the first record it touches; newest rows deleted (with or without moving the head back),
 * a tail written anew, or a chain recomputed after a change are found against the bladenboek. Every
 * archived rule-set version's files must still hash to its id.
 */
@ApplicationScoped
public class Integriteitscontrole {
    private static final int PARTIJ = 4096;
    private final AuditRepository repository;
    private final Auditboom boom;
    private final Bladenboek boek;
    private final Ketensleutel sleutel;
    private final Archief archief;

    public Integriteitscontrole(AuditRepository repository, Auditboom boom, Bladenboek boek, Auditsleutels sleutels, Archief archief) {
        this.archief = archief;
        this.repository = repository;
        this.boom = boom;
        this.boek = boek;
        this.sleutel = sleutels.keten();
    }

    public Integriteit controleer() {
        boom.bij();
        long vastgelegd = boek.aantal();
        long[] verwacht = {1};
        String[] vorige = {Ketenhash.BEGIN};
        Integriteit.Breuk[] breuk = {null};
        Bladen bladen = new Bladen(vastgelegd);
        repository.doorloop(r -> {
            if (breuk[0] == null) {
                breuk[0] = breuk(r, verwacht[0], vorige[0]);
            }
            if (breuk[0] == null && r.volgnummer() <= vastgelegd && !bladen.gelijk(r.volgnummer() - 1, r.hash())) {
                breuk[0] = new Integriteit.Breuk(r.volgnummer(), r.adviesId(), "het record wijkt af van wat de dienst eerder "
                        + "vastlegde (bladenboek): het is herschreven, of de log is teruggezet en opnieuw aangevuld");
            }
            verwacht[0] = r.volgnummer() + 1;
            vorige[0] = r.hash();
        });
        long aantal = verwacht[0] - 1;
        if (breuk[0] == null && aantal < vastgelegd) {
            breuk[0] = new Integriteit.Breuk(aantal + 1, null, "de records vanaf volgnummer " + (aantal + 1) + " ontbreken: de dienst "
                    + "legde er " + vastgelegd + " vast, de log telt er " + aantal);
        }
        List<String> afwijkend = archief.afwijkend();
        return new Integriteit(breuk[0] == null && afwijkend.isEmpty(), aantal, vorige[0], breuk[0], afwijkend, null);
    }

    /** The bladenboek read in the order of the log, a block at a time. */
    private final class Bladen {
        private final long aantal;
        private long begin = -1;
        private List<byte[]> blok;

        Bladen(long aantal) {
            this.aantal = aantal;
        }

        boolean gelijk(long index, String hash) {
            if (begin < 0 || index < begin || index >= begin + blok.size()) {
                begin = index - index % PARTIJ;
                blok = boek.lees(begin, (int) Math.min(PARTIJ, aantal - begin));
            }
            return Arrays.equals(blok.get((int) (index - begin)), HexFormat.of().parseHex(hash));
        }
    }

    private Integriteit.Breuk breuk(AuditRecord r, long verwachtVolgnummer, String vorigeHash) {
        if (r.volgnummer() != verwachtVolgnummer) {
            return new Integriteit.Breuk(r.volgnummer(), r.adviesId(),
                    "volgnummer " + verwachtVolgnummer + " ontbreekt: een record is verwijderd");
        }
        if (!r.vorigeHash().equals(vorigeHash)) {
            return new Integriteit.Breuk(r.volgnummer(), r.adviesId(),
                    "de verwijzing naar het vorige record klopt niet: records zijn verwijderd, verwisseld of gewijzigd");
        }
        if (!Ketenhash.van(r).equals(r.hash())) {
            return new Integriteit.Breuk(r.volgnummer(), r.adviesId(), "de inhoud past niet bij de opgeslagen hash: het record is gewijzigd");
        }
        if (!sleutel.van(r.hash()).equals(r.sleutelhash())) {
            return new Integriteit.Breuk(r.volgnummer(), r.adviesId(), "de sleutelhash klopt niet: het record is buiten de dienst om "
                    + "geschreven, of de keten is zonder de sleutel opnieuw berekend");
        }
        return null;
    }
}
