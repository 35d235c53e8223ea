package nl.indicatiewijzer.systeem;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Who may not, is refused before the body is read: each request sends its headers and the first 64 kB
 * of a chunked body and then stalls, never ending the body. The refusal must come all the same, so the
 * service neither waited for the body nor buffered it.
 */
@QuarkusTest
class AanmeldenVoorHetLichaamTest {
    private static final String MULTIPART = "multipart/form-data; boundary=grens";
    @TestHTTPResource("/")
    URL basis;

    @Test
    void zonderAanmeldingKomt401VoorHetLichaam() throws IOException {
        String kop = stil("/api/v1/adviezen", null);
        assertTrue(kop.startsWith("HTTP/1.1 401") && kop.contains("application/problem+json") && kop.contains("Basic realm"), kop);
    }

    @Test
    void eenVerkeerdWachtwoordKrijgt401VoorHetLichaam() throws IOException {
        String kop = stil("/api/v1/adviezen", basic("intake", "geraden"));
        assertTrue(kop.startsWith("HTTP/1.1 401") && kop.contains("application/problem+json") && kop.contains("Basic realm"), kop);
    }

    @Test
    void eenGebruikerZonderDeRolKrijgt403VoorHetLichaam() throws IOException {
        String kop = stil("/api/v1/impactanalyses", basic("intake", "intake"));
        assertTrue(kop.startsWith("HTTP/1.1 403") && kop.contains("application/problem+json"), kop);
    }

    @Test
    void eenUploadZonderAanmeldingOfRolWordtGeweigerdVoorHetLichaam() throws IOException {
        String zonder = stil(basis, "/api/v1/regelsets/mlw-mer/versies", null, MULTIPART, 10_000);
        assertTrue(zonder.startsWith("HTTP/1.1 401"), zonder);
        String intake = stil(basis, "/api/v1/regelsets/mlw-mer/versies", basic("intake", "intake"), MULTIPART, 10_000);
        assertTrue(intake.startsWith("HTTP/1.1 403"), intake);
    }

    /** The control: a caller who may, is answered only after the body, so a stalled body gets no answer. */
    @Test
    void wieMagWachtOpHetLichaam() {
        assertThrows(SocketTimeoutException.class, () -> stil(basis, "/api/v1/adviezen", basic("intake", "intake"), 2_000));
    }

    static String basic(String naam, String wachtwoord) {
        return "Basic " + Base64.getEncoder().encodeToString((naam + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
    }

    /** The status line and headers of the answer to a POST whose body never ends; fails if none comes in time. */
    String stil(String pad, String autorisatie) throws IOException {
        return stil(basis, pad, autorisatie, "application/json", 10_000);
    }

    static String stil(URL basis, String pad, String autorisatie, int wachttijd) throws IOException {
        return stil(basis, pad, autorisatie, "application/json", wachttijd);
    }

    static String stil(URL basis, String pad, String autorisatie, String soort, int wachttijd) throws IOException {
        try (Socket socket = new Socket(basis.getHost(), basis.getPort())) {
            socket.setSoTimeout(wachttijd);
            OutputStream uit = socket.getOutputStream();
            uit.write(("POST " + pad + " HTTP/1.1\r\nHost: " + basis.getHost() + "\r\nContent-Type: " + soort + "\r\n"
                    + (autorisatie == null ? "" : "Authorization: " + autorisatie + "\r\n")
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] stuk = new byte[64 * 1024];
            Arrays.fill(stuk, (byte) ' ');
            uit.write((Integer.toHexString(stuk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            uit.write(stuk);
            uit.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            uit.flush();
            return koppen(socket.getInputStream());
        }
    }

    private static String koppen(InputStream in) throws IOException {
        ByteArrayOutputStream gelezen = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            gelezen.write(b);
            if (gelezen.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return gelezen.toString(StandardCharsets.ISO_8859_1);
    }
}
