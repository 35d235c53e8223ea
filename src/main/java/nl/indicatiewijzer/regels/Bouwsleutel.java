package nl.indicatiewijzer.regels;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.drools.core.impl.KnowledgeBaseImpl;

/**
 * What compiled rules depend on besides their files: this application's classes (the facts the rules
 * use), the Drools engine and the Java version. A cached build of another application build counts as
 * absent.
 */
final class Bouwsleutel {
    private Bouwsleutel() {
    }

    /** The key of the running application, or null when its classes cannot be read (no cache then). */
    static String vanDezeToepassing() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("java " + Runtime.version().feature() + "\ndrools " + waarVandaan(KnowledgeBaseImpl.class) + "\n").getBytes());
            Path klassen = Path.of(Bouwsleutel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(klassen)) {
                try (Stream<Path> paden = Files.walk(klassen)) {
                    for (Path p : paden.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(klassen.relativize(p).toString().getBytes());
                        sha.update(Files.readAllBytes(p));
                    }
                }
            } else {
                sha.update(Files.readAllBytes(klassen));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | URISyntaxException | RuntimeException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String waarVandaan(Class<?> klasse) {
        CodeSource bron = klasse.getProtectionDomain().getCodeSource();
        return bron == null ? klasse.getPackage().getName() : bron.getLocation().toString();
    }
}
