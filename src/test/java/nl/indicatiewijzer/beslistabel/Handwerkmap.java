package nl.indicatiewijzer.beslistabel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written part by part, in the order Excel writes them, for what POI cannot or will not
 * write: a cell without its reference, a DTD, a bomb, a chart sheet, duplicate entries.
 */
final class Handwerkmap {
    static final String HOOFD = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> onderdelen = new LinkedHashMap<>();

    /** One worksheet 'Blad1' with this sheetData content, and the shared strings given (may be none). */
    static Handwerkmap metBlad(String rijen, String... teksten) {
        StringBuilder sst = new StringBuilder("<sst xmlns=\"" + HOOFD + "\">");
        for (String tekst : teksten) {
            sst.append("<si><t>").append(tekst).append("</t></si>");
        }
        return new Handwerkmap()
                .met("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>")
                .met("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
                .met("xl/workbook.xml", "<workbook xmlns=\"" + HOOFD + "\" xmlns:r=\"" + REL + "\">"
                        + "<sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                .met("xl/_rels/workbook.xml.rels", relaties(""))
                .met("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + HOOFD + "\"><sheetData>" + rijen + "</sheetData></worksheet>")
                .met("xl/sharedStrings.xml", sst.append("</sst>").toString());
    }

    /** The workbook's relationships: the sheet, the shared strings, and {@code meer}. */
    static String relaties(String meer) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
                + meer + "</Relationships>";
    }

    /** The parts of a workbook, in the order its zip stores them. */
    static Handwerkmap uit(byte[] werkmap) {
        Handwerkmap uit = new Handwerkmap();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(werkmap))) {
            for (ZipEntry onderdeel; (onderdeel = zip.getNextEntry()) != null; ) {
                uit.met(onderdeel.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit;
    }

    byte[] bytes(String naam) {
        return onderdelen.get(naam);
    }

    String tekst(String naam) {
        return new String(onderdelen.get(naam), StandardCharsets.UTF_8);
    }

    /** The part with its first {@code oud} replaced by {@code nieuw}. */
    Handwerkmap vervang(String naam, String oud, String nieuw) {
        String tekst = tekst(naam);
        if (!tekst.contains(oud)) {
            throw new IllegalArgumentException(naam + " bevat geen " + oud);
        }
        return met(naam, tekst.replaceFirst(Pattern.quote(oud), Matcher.quoteReplacement(nieuw)));
    }

    Set<String> namen() {
        return onderdelen.keySet();
    }

    /** Sets a part; a new one comes last. */
    Handwerkmap met(String naam, String inhoud) {
        return met(naam, inhoud.getBytes(StandardCharsets.UTF_8));
    }

    Handwerkmap met(String naam, byte[] inhoud) {
        onderdelen.put(naam, inhoud);
        return this;
    }

    Handwerkmap zonder(String naam) {
        onderdelen.remove(naam);
        return this;
    }

    byte[] zip() {
        return zip(onderdelen);
    }

    /** The entries in this order, names as given (also twice). */
    static byte[] zip(Map<String, byte[]> onderdelen) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (Map.Entry<String, byte[]> onderdeel : onderdelen.entrySet()) {
                zip.putNextEntry(new ZipEntry(onderdeel.getKey()));
                zip.write(onderdeel.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }
}
