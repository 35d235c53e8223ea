package nl.indicatiewijzer.aanval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Helpers to craft uploads from a released table: edit with POI, then patch parts of the zip by hand. */
final class Aanvalswerkmap {
    private Aanvalswerkmap() {
    }

    static byte[] sjabloon(String pad) {
        try {
            return Files.readAllBytes(Path.of(pad));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The released table, edited in POI on its first sheet. */
    static byte[] bewerk(String pad, Consumer<Sheet> bewerking) {
        try (Workbook werkmap = WorkbookFactory.create(new ByteArrayInputStream(sjabloon(pad)))) {
            bewerking.accept(werkmap.getSheetAt(0));
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void zet(Sheet blad, int rij0, int kolom0, Object waarde) {
        Row row = blad.getRow(rij0) == null ? blad.createRow(rij0) : blad.getRow(rij0);
        Cell cel = row.getCell(kolom0) == null ? row.createCell(kolom0) : row.getCell(kolom0);
        if (waarde == null) {
            row.removeCell(cel);
        } else if (waarde instanceof Number n) {
            cel.setCellValue(n.doubleValue());
        } else {
            cel.setCellValue(String.valueOf(waarde));
        }
    }

    /** The parts of a zip in order. */
    static Map<String, byte[]> delen(byte[] zip) {
        Map<String, byte[]> delen = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                delen.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return delen;
    }

    static byte[] zip(Map<String, byte[]> delen) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (Map.Entry<String, byte[]> d : delen.entrySet()) {
                zip.putNextEntry(new ZipEntry(d.getKey()));
                zip.write(d.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    /** The workbook with one part's text rewritten. */
    static byte[] patch(byte[] werkmap, String deel, UnaryOperator<String> wijziging) {
        Map<String, byte[]> delen = delen(werkmap);
        String oud = new String(delen.get(deel), StandardCharsets.UTF_8);
        String nieuw = wijziging.apply(oud);
        if (nieuw.equals(oud)) {
            throw new IllegalStateException("niets gewijzigd in " + deel);
        }
        delen.put(deel, nieuw.getBytes(StandardCharsets.UTF_8));
        return zip(delen);
    }
}
