package nl.indicatiewijzer.beheer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.systeem.NietBeschikbaarException;

/**
 * The stored files of one version as they can be downloaded: by name, size and SHA-256, so that
 * whoever downloads can check the bytes are the ones stored. A name asked for is only ever compared
 * with the stored names; it never becomes a path.
 */
@JsonPropertyOrder({"regeling", "versie", "bestanden"})
public record Versiebestanden(String regeling, String versie, List<Bestand> bestanden) {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DRL = "text/plain; charset=utf-8";

    @JsonPropertyOrder({"naam", "pad", "mediatype", "grootte", "sha256"})
    public record Bestand(String naam, String pad, String mediatype, long grootte, String sha256) {
    }

    static Versiebestanden van(String regeling, String versie, List<Regelbestand> opgeslagen) {
        return new Versiebestanden(regeling, versie, opgeslagen.stream()
                .map(b -> new Bestand(b.naam(), b.pad(), mediatype(b), b.inhoud().length, sha256(b.inhoud()))).toList());
    }

    /** The one stored file with exactly this name: 404 when there is none, 409 when the name is not unique. */
    static Regelbestand kies(List<Regelbestand> opgeslagen, String naam, String versie) {
        List<Regelbestand> gevonden = opgeslagen.stream().filter(b -> b.naam().equals(naam)).toList();
        if (gevonden.isEmpty()) {
            throw new NietBeschikbaarException(404, "Onbekend bestand", "Versie " + versie
                    + " heeft geen bestand met deze naam; GET .../bestanden noemt de bestanden van de versie.");
        }
        if (gevonden.size() > 1) {
            throw new NietBeschikbaarException(409, "Naam niet eenduidig", "Versie " + versie + " heeft " + gevonden.size()
                    + " bestanden met deze naam (in verschillende mappen); download ze samen als zip (?formaat=zip).");
        }
        return gevonden.get(0);
    }

    static String mediatype(Regelbestand bestand) {
        return bestand.isBeslistabel() ? XLSX : bestand.pad().endsWith(".drl") ? DRL : "application/octet-stream";
    }

    /** {@code attachment} with a file name of letters, digits, '.', '-' and '_' only: nothing a header or a file system could misread. */
    static String bijlage(String naam) {
        String veilig = naam.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        return "attachment; filename=\"" + (veilig.isEmpty() ? "bestand" : veilig) + "\"";
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
