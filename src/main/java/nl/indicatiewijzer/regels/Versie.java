package nl.indicatiewijzer.regels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** The regelsetVersie: SHA-256 over the sorted file paths and their bytes. */
public final class Versie {
    private Versie() {
    }

    public static String van(List<Regelbestand> bestanden) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            bestanden.stream().sorted(Comparator.comparing(Regelbestand::pad)).forEach(b -> {
                sha.update(b.pad().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(b.inhoud().length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(b.inhoud());
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
