package nl.indicatiewijzer.audit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Walks the audit log in order and checks that every record's hash matches its content and the
 * record before it, and that no sequence number is missing: a changed, deleted or reordered row
 * breaks the chain at the first record it touches.
 */
@ApplicationScoped
public class Integriteitscontrole {
    private final AuditRepository repository;

    public Integriteitscontrole(AuditRepository repository) {
        this.repository = repository;
    }

    public Integriteit controleer() {
        long[] verwacht = {1};
        String[] vorige = {Ketenhash.BEGIN};
        Integriteit.Breuk[] breuk = {null};
        repository.doorloop(r -> {
            if (breuk[0] == null) {
                breuk[0] = breuk(r, verwacht[0], vorige[0]);
            }
            verwacht[0] = r.volgnummer() + 1;
            vorige[0] = r.hash();
        });
        long aantal = verwacht[0] - 1;
        return new Integriteit(breuk[0] == null, aantal, vorige[0], breuk[0]);
    }

    private static Integriteit.Breuk breuk(AuditRecord r, long verwachtVolgnummer, String vorigeHash) {
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
        return null;
    }
}
