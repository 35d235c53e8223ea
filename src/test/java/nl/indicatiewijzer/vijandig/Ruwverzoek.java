package nl.indicatiewijzer.vijandig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * An HTTP/1.1 request written by hand on a socket, as an attacker sends it: a body in chunks without a
 * Content-Length, or a body that trickles in byte by byte. The answer is read while the body is still
 * being sent, as a server may answer before it has read everything.
 */
public final class Ruwverzoek implements AutoCloseable {
    private final Socket socket;
    private final OutputStream uit;
    private final boolean gechunkt;

    private Ruwverzoek(Socket socket, boolean gechunkt) throws IOException {
        this.socket = socket;
        this.uit = socket.getOutputStream();
        this.gechunkt = gechunkt;
    }

    /** Sends the request line and headers; {@code lengte} < 0 means a chunked body. */
    public static Ruwverzoek open(String host, int poort, String pad, String gebruiker, String type, long lengte) throws IOException {
        Socket socket = new Socket(host, poort);
        socket.setSoTimeout(120_000);
        String kop = "POST " + pad + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8)) + "\r\nContent-Type: "
                + type + "\r\n" + (lengte < 0 ? "Transfer-Encoding: chunked" : "Content-Length: " + lengte) + "\r\n\r\n";
        Ruwverzoek verzoek = new Ruwverzoek(socket, lengte < 0);
        verzoek.uit.write(kop.getBytes(StandardCharsets.ISO_8859_1));
        verzoek.uit.flush();
        return verzoek;
    }

    /** Sends part of the body (as one chunk when chunked). */
    public void stuur(byte[] deel) throws IOException {
        if (gechunkt) {
            uit.write((Integer.toHexString(deel.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        uit.write(deel);
        if (gechunkt) {
            uit.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        uit.flush();
    }

    /** Ends a chunked body. */
    public void eind() throws IOException {
        uit.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        uit.flush();
    }

    /**
     * Sends {@code begin} and then {@code bytes} spaces in chunks of 64 kB from another thread, stopping
     * when the server closes the connection, and returns the answer as read meanwhile.
     */
    public String stuurGroot(String begin, long bytes) throws IOException, InterruptedException {
        byte[] deel = new byte[64 * 1024];
        Arrays.fill(deel, (byte) ' ');
        Thread zender = new Thread(() -> {
            try {
                stuur(begin.getBytes(StandardCharsets.UTF_8));
                for (long verzonden = 0; verzonden < bytes; verzonden += deel.length) {
                    stuur(deel);
                }
                eind();
            } catch (IOException gesloten) {
                // the server refused the rest; the answer tells why
            }
        });
        zender.start();
        String antwoord = antwoord();
        zender.join(60_000);
        return antwoord;
    }

    /** The whole answer: status line, headers and body (the server closes the connection). */
    public String antwoord() throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        StringBuilder tekst = new StringBuilder();
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                tekst.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException afgebroken) {
            if (tekst.length() == 0) {
                throw afgebroken;
            }
        }
        return tekst.toString();
    }

    public static int status(String antwoord) {
        return antwoord.startsWith("HTTP/1.1 ") ? Integer.parseInt(antwoord.substring(9, 12)) : -1;
    }

    public static String lichaam(String antwoord) {
        int begin = antwoord.indexOf("\r\n\r\n");
        return begin < 0 ? "" : antwoord.substring(begin + 4);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
