package nl.indicatiewijzer.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Swaps the active mlw-mer version while load runs: every {@code pauze} seconds a new version of the
 * products table is uploaded (as beleid) and activated (as beleid2). Prints the activation times.
 * Usage: Wisselaar baseUrl aantal pauzeSeconden
 */
public final class Wisselaar {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String basis = args[0];
        int aantal = Integer.parseInt(args[1]);
        long pauze = Long.parseLong(args[2]) * 1000;
        for (int i = 1; i <= aantal; i++) {
            Thread.sleep(pauze);
            String versie = upload(basis, i);
            long start = System.nanoTime();
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/regelsets/mlw-mer/versies/" + versie + "/activering"))
                    .header("Authorization", basic("beleid2")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            System.out.printf("{\"wissel\": %d, \"status\": %d, \"activering_ms\": %d}%n", i, status, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static String upload(String basis, int nummer) throws Exception {
        byte[] tabel;
        try (InputStream in = Files.newInputStream(Path.of("decision-tables/mlw-mer/producten.drl.xlsx"));
                Workbook werkmap = WorkbookFactory.create(in)) {
            werkmap.getSheet("Producten").getRow(11).getCell(4).setCellValue("Begeleiding individueel, wissel " + nummer + " " + System.nanoTime() + ".");
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            tabel = uit.toByteArray();
        }
        String grens = "----wissel" + System.nanoTime();
        byte[] kop = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"omschrijving\"\r\n\r\nWissel " + nummer + "\r\n"
                + "--" + grens + "\r\nContent-Disposition: form-data; name=\"bestanden\"; filename=\"producten.drl.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] staart = ("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String rapport = HTTP.send(HttpRequest.newBuilder(URI.create(basis + "/api/v1/regelsets/mlw-mer/versies"))
                .header("Authorization", basic("beleid")).header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(kop, tabel, staart))).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"versie\":\"([0-9a-f]{64})\"").matcher(rapport);
        if (!m.find()) {
            throw new IllegalStateException("geen versie in " + rapport);
        }
        return m.group(1);
    }

    private static String basic(String gebruiker) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8));
    }
}
