package nl.indicatiewijzer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.indicatiewijzer.proces.Dienstproces;

/**
 * A measurement, not a test: the integrity check and one inclusion proof on a log of N decisions
 * (default 1,000,000). The packaged service answers one advice; that record is copied N - 1 times into
 * its H2 store with a correct chain and keyed hash; then the service starts on it and is asked for the
 * check (the first time it also reads every leaf into its bladenboek) and for proofs. Run: README, "Snelheid".
 */
public final class Logmeting {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        long aantal = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path data = Files.createTempDirectory(Path.of("target"), "logmeting");
        Path project = Path.of(".").toAbsolutePath().normalize();
        List<String> jvm = List.of("-Xmx256m", "-XX:+UseG1GC");
        try (Dienstproces eerst = new Dienstproces(data, project, jvm).start()) {
            eerst.advies();
            eerst.stop();
        }
        long begin = System.nanoTime();
        String midden = vul(data, aantal);
        System.out.printf("%,d besluiten in de H2-opslag gezet in %d s (%,d MB)%n", aantal, (System.nanoTime() - begin) / 1_000_000_000,
                Files.size(data.resolve("indicatiewijzer.mv.db")) / 1_000_000);
        long start = System.nanoTime();
        try (Dienstproces dienst = new Dienstproces(data, project, jvm).start()) {
            // start() waits for the first answered integrity check: it also reads every leaf into the bladenboek
            System.out.printf("start tot de eerste beantwoorde controle (met het inlezen van alle bladen): %d ms; %s%n",
                    (System.nanoTime() - start) / 1_000_000, geheugen(dienst.pid()));
            for (String keer : List.of("controle", "controle nog eens")) {
                long t = System.nanoTime();
                HttpResponse<String> a = dienst.get("/api/v1/adviezen/integriteit", "auditor");
                JsonNode r = JSON.readTree(a.body());
                System.out.printf("%s: %d ms, intact %s, %,d records; %s%n", keer, (System.nanoTime() - t) / 1_000_000,
                        r.path("intact"), r.path("aantal").asLong(), geheugen(dienst.pid()));
            }
            long[] duur = new long[100];
            for (int i = 0; i < duur.length; i++) {
                long t = System.nanoTime();
                HttpResponse<String> a = dienst.get("/api/v1/adviezen/" + midden + "/bewijs", "auditor");
                duur[i] = System.nanoTime() - t;
                if (a.statusCode() != 200) {
                    throw new IllegalStateException("bewijs: " + a.statusCode() + " " + a.body());
                }
            }
            Arrays.sort(duur);
            System.out.printf("inclusiebewijs over HTTP (midden van de log): mediaan %.1f ms, p99 %.1f ms; %s%n", duur[50] / 1e6,
                    duur[98] / 1e6, geheugen(dienst.pid()));
        } finally {
            try (var weg = Files.walk(data)) {
                weg.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(data.resolveSibling(data.getFileName() + ".log"));
        }
    }

    /** Copies the one stored advice into rows 2..aantal; returns the advice id in the middle. */
    private static String vul(Path data, long aantal) throws Exception {
        Ketensleutel sleutel = new Ketensleutel(Base64.getDecoder().decode(Files.readString(data.resolve("sleutels/keten.sleutel")).strip()));
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("indicatiewijzer") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        String midden = null;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            AuditRecord r;
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM advies WHERE volgnummer = 1"); ResultSet rs = s.executeQuery()) {
                rs.next();
                r = new AuditRecord(1, rs.getString("advies_id"), rs.getObject("tijdstip", OffsetDateTime.class), rs.getString("regeling"),
                        rs.getString("regelset_versie"), rs.getString("uitkomst"), rs.getString("gebruiker"), rs.getString("rol"),
                        rs.getString("client_hash"), rs.getString("verzoek"), rs.getString("antwoord"), rs.getString("vorige_hash"),
                        rs.getString("hash"), new Verwerking(rs.getString("verwerkingsactiviteit"), rs.getString("trace_id"),
                                rs.getString("span_id"), rs.getString("ouder_span_id")), rs.getString("sleutelhash"));
            }
            String vorige = r.hash();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO advies (volgnummer, advies_id, tijdstip, regeling, regelset_versie, "
                    + "uitkomst, gebruiker, rol, client_hash, verzoek, antwoord, vorige_hash, hash, verwerkingsactiviteit, trace_id, span_id, "
                    + "ouder_span_id, sleutelhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long v = 2; v <= aantal; v++) {
                    String id = UUID.randomUUID().toString();
                    midden = v == aantal / 2 ? id : midden;
                    String hash = Ketenhash.van(v, id, r.tijdstip(), r.regeling(), r.regelsetVersie(), r.uitkomst(), r.gebruiker(), r.rol(),
                            r.clientHash(), r.verzoek(), r.antwoord(), vorige, r.verwerking());
                    Object[] waarden = {v, id, r.tijdstip(), r.regeling(), r.regelsetVersie(), r.uitkomst(), r.gebruiker(), r.rol(),
                        r.clientHash(), r.verzoek(), r.antwoord(), vorige, hash, r.verwerking().activiteit(), r.verwerking().traceId(),
                        r.verwerking().spanId(), r.verwerking().ouderSpanId(), sleutel.van(hash)};
                    for (int i = 0; i < waarden.length; i++) {
                        s.setObject(i + 1, waarden[i]);
                    }
                    s.addBatch();
                    vorige = hash;
                    if (v % 10_000 == 0 || v == aantal) {
                        s.executeBatch();
                        c.commit();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE auditkop SET volgnummer = ?, hash = ? WHERE id = 1")) {
                s.setLong(1, aantal);
                s.setString(2, vorige);
                s.executeUpdate();
            }
            c.commit();
        }
        return midden;
    }

    private static String geheugen(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS")).map(l -> l.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
