package nl.indicatiewijzer.beheer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.indicatiewijzer.regels.Regelbestand;

/**
 * All stored files of a version in one zip, each under its path in the project ({@code
 * decision-tables/mlw-mer/percelen.drl.xlsx}), with the moment the version was archived as its
 * date: the same version always gives the same zip.
 */
final class Versiezip {
    static final String MEDIATYPE = "application/zip";

    private Versiezip() {
    }

    static byte[] van(List<Regelbestand> bestanden, OffsetDateTime gearchiveerdOp) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (Regelbestand b : bestanden) {
                ZipEntry entry = new ZipEntry(b.pad());
                entry.setTimeLocal(gearchiveerdOp.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
                zip.putNextEntry(entry);
                zip.write(b.inhoud());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    static String naam(String regeling, String versie) {
        return regeling + "-" + versie.substring(0, 12) + ".zip";
    }
}
