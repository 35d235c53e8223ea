package nl.indicatiewijzer.beheer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile workbooks: a zip bomb and one with an XML entity. */
final class Zipbestanden {
    private Zipbestanden() {
    }

    static byte[] bom() throws IOException {
        return zip("xl/workbook.xml", new byte[60 * 1024 * 1024]);
    }

    static byte[] metEntiteit() throws IOException {
        return zip("[Content_Types].xml", "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">]><Types>&lol;</Types>"
                .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(String naam, byte[] inhoud) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.putNextEntry(new ZipEntry(naam));
            zip.write(inhoud);
            zip.closeEntry();
        }
        return uit.toByteArray();
    }
}
