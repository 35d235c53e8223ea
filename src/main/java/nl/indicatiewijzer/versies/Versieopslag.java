package nl.indicatiewijzer.versies;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.systeem.Database;

/**
 * Rule-set versions in the audit store: their files, their scenarios, the validation report of a
 * candidate, and every roll-out, upload and activation (with its ingangsdatum, if any). The active
 * version of a regeling is the one its latest roll-out or activation names; which version decides on
 * which peildatum is its {@link Tijdlijn}.
 */
@ApplicationScoped
public class Versieopslag {
    private final Database database;

    public Versieopslag(Database database) {
        this.database = database;
    }

    /**
     * A version as stored, without its files; {@code omschrijving} and {@code wijzigingen} are empty for
     * a roll-out and for versions stored before uploads carried them.
     */
    public record Opgeslagen(String versie, String regeling, String herkomst, String basisVersie, Boolean activeerbaar,
            OffsetDateTime gearchiveerdOp, String omschrijving, String wijzigingen) {
    }

    /** What an upload says about its version: the policy worker's description and the summary of what changed. */
    public record Beschrijving(String omschrijving, String wijzigingen) {
        static final Beschrijving GEEN = new Beschrijving(null, null);
    }

    /** Work on the store inside one transaction that holds the regeling's lock. */
    @FunctionalInterface
    interface Werk<T> {
        T doe(Connection c) throws SQLException;
    }

    /**
     * Runs the work in one transaction that first locks the regeling's row: roll-outs, uploads and
     * activations of one regeling happen one after another, also across instances on one database.
     */
    <T> T inSlot(Regeling regeling, Werk<T> werk) {
        try (Connection c = database.verbinding()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("SELECT regeling FROM regeling_slot WHERE regeling = ? FOR UPDATE")) {
                    s.setString(1, regeling.code());
                    s.executeQuery().close();
                }
                T uitkomst = werk.doe(c);
                c.commit();
                database.maakDuurzaam(c);
                return uitkomst;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores a version (once; its files never change) with its scenarios and report, and the event
     * that brought it, in one transaction. A candidate uploaded again gets the new report, scenarios and
     * description; a version that has been active keeps those it was activated with.
     */
    public void bewaar(Regeling regeling, String versie, List<Regelbestand> bestanden, List<Regelbestand> scenarios,
            String basisVersie, Boolean activeerbaar, String rapport, Beschrijving beschrijving, Gebeurtenis gebeurtenis) {
        inSlot(regeling, c -> {
            bewaar(c, regeling, versie, bestanden, scenarios, basisVersie, activeerbaar, rapport, beschrijving, gebeurtenis);
            return null;
        });
    }

    /**
     * A release at start-up: stores the project files as a roll-out unless the last roll-out of this
     * regeling was these very files (another instance of the same release, started earlier or at the
     * same moment).
     */
    public void rolUit(Regeling regeling, String versie, List<Regelbestand> bestanden, List<Regelbestand> scenarios,
            Gebeurtenis uitrol) {
        inSlot(regeling, c -> {
            if (!laatste(gebeurtenissen(c, regeling), false).equals(Optional.of(versie))) {
                bewaar(c, regeling, versie, bestanden, scenarios, null, true, null, Beschrijving.GEEN, uitrol);
            }
            return null;
        });
    }

    /**
     * Checks a wish to activate against the active version and the events, as they are under the
     * lock: throws to refuse, returns false when there is nothing to record (already active).
     */
    @FunctionalInterface
    public interface Activeringscontrole {
        boolean controleer(String actief, List<Gebeurtenis> gebeurtenissen);
    }

    /** Records an activation if the check passes, atomically across instances. @return the version that was active */
    public String activeer(Regeling regeling, Gebeurtenis activering, Activeringscontrole controle) {
        return inSlot(regeling, c -> {
            List<Gebeurtenis> gebeurtenissen = gebeurtenissen(c, regeling);
            String actief = laatste(gebeurtenissen, true).orElseThrow(() -> new IllegalStateException("Geen actieve versie van " + regeling));
            if (controle.controleer(actief, gebeurtenissen)) {
                leg(c, activering);
            }
            return actief;
        });
    }

    private void bewaar(Connection c, Regeling regeling, String versie, List<Regelbestand> bestanden, List<Regelbestand> scenarios,
            String basisVersie, Boolean activeerbaar, String rapport, Beschrijving beschrijving, Gebeurtenis gebeurtenis)
            throws SQLException {
        if (versie(c, versie).isEmpty()) {
            voegVersieToe(c, regeling, versie, bestanden, gebeurtenis);
        } else if (eerderActief(c, versie)) {
            leg(c, gebeurtenis);
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE regelset_versie SET herkomst = COALESCE(herkomst, ?), "
                + "basis_versie = COALESCE(basis_versie, ?), activeerbaar = ?, rapport = ?, omschrijving = COALESCE(?, omschrijving), "
                + "wijzigingen = COALESCE(?, wijzigingen) WHERE regelset_versie = ?")) {
            s.setString(1, gebeurtenis.soort().name());
            s.setString(2, basisVersie);
            s.setObject(3, activeerbaar);
            s.setString(4, rapport);
            s.setString(5, beschrijving.omschrijving());
            s.setString(6, beschrijving.wijzigingen());
            s.setString(7, versie);
            s.executeUpdate();
        }
        vervangScenarios(c, versie, scenarios);
        leg(c, gebeurtenis);
    }

    public void leg(Gebeurtenis gebeurtenis) {
        try (Connection c = database.verbinding()) {
            leg(c, gebeurtenis);
            database.maakDuurzaam(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Opgeslagen> versie(String versie) {
        try (Connection c = database.verbinding()) {
            return versie(c, versie);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Opgeslagen> versies(Regeling regeling) {
        List<Opgeslagen> versies = new ArrayList<>();
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement("SELECT regelset_versie, regeling, "
                + "herkomst, basis_versie, activeerbaar, gearchiveerd_op, omschrijving, wijzigingen FROM regelset_versie WHERE regeling = ? "
                + "ORDER BY gearchiveerd_op")) {
            s.setString(1, regeling.code());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versies.add(opgeslagen(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return versies;
    }

    /** Every event of a regeling, oldest first. */
    public List<Gebeurtenis> gebeurtenissen(Regeling regeling) {
        try (Connection c = database.verbinding()) {
            return gebeurtenissen(c, regeling);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Gebeurtenis> gebeurtenissen(Connection c, Regeling regeling) throws SQLException {
        List<Gebeurtenis> lijst = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT soort, regeling, regelset_versie, gebruiker, rol, tijdstip, ingangsdatum "
                + "FROM regelset_gebeurtenis WHERE regeling = ? ORDER BY volgnummer")) {
            s.setString(1, regeling.code());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lijst.add(new Gebeurtenis(Gebeurtenis.Soort.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, LocalDate.class)));
                }
            }
        }
        return lijst;
    }

    /** The timeline of a regeling as its roll-outs and activations made it, with the number of the latest. */
    public Tijdlijn tijdlijn(Regeling regeling) {
        Tijdlijn tijdlijn = new Tijdlijn(List.of(), 0);
        long stand = 0;
        try (Connection c = database.verbinding(); PreparedStatement s = c.prepareStatement("SELECT volgnummer, regelset_versie, "
                + "ingangsdatum FROM regelset_gebeurtenis WHERE regeling = ? AND soort <> ? ORDER BY volgnummer")) {
            s.setString(1, regeling.code());
            s.setString(2, Gebeurtenis.Soort.UPLOAD.name());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stand = rs.getLong(1);
                    tijdlijn = tijdlijn.na(rs.getString(2), rs.getObject(3, LocalDate.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tijdlijn.metStand(stand);
    }

    public Optional<String> laatsteUitrol(Regeling regeling) {
        return laatste(gebeurtenissen(regeling), false);
    }

    private static Optional<String> laatste(List<Gebeurtenis> gebeurtenissen, boolean ookActivering) {
        return gebeurtenissen.stream()
                .filter(g -> g.soort() == Gebeurtenis.Soort.UITROL || ookActivering && g.soort().maaktActief())
                .reduce((a, b) -> b).map(Gebeurtenis::versie);
    }

    public Optional<String> rapport(String versie) {
        try (Connection c = database.verbinding();
                PreparedStatement s = c.prepareStatement("SELECT rapport FROM regelset_versie WHERE regelset_versie = ?")) {
            s.setString(1, versie);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Opgeslagen> versie(Connection c, String versie) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT regelset_versie, regeling, herkomst, basis_versie, activeerbaar, "
                + "gearchiveerd_op, omschrijving, wijzigingen FROM regelset_versie WHERE regelset_versie = ?")) {
            s.setString(1, versie);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(opgeslagen(rs)) : Optional.empty();
            }
        }
    }

    private static boolean eerderActief(Connection c, String versie) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM regelset_gebeurtenis WHERE regelset_versie = ? AND soort <> ?")) {
            s.setString(1, versie);
            s.setString(2, Gebeurtenis.Soort.UPLOAD.name());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Opgeslagen opgeslagen(ResultSet rs) throws SQLException {
        return new Opgeslagen(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                (Boolean) rs.getObject(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8));
    }

    private static void voegVersieToe(Connection c, Regeling regeling, String versie, List<Regelbestand> bestanden,
            Gebeurtenis gebeurtenis) throws SQLException {
        try (PreparedStatement v = c.prepareStatement(
                "INSERT INTO regelset_versie (regelset_versie, regeling, gearchiveerd_op) VALUES (?, ?, ?)");
                PreparedStatement b = c.prepareStatement(
                        "INSERT INTO regelset_bestand (regelset_versie, pad, inhoud) VALUES (?, ?, ?)")) {
            v.setString(1, versie);
            v.setString(2, regeling.code());
            v.setObject(3, gebeurtenis.tijdstip());
            v.executeUpdate();
            for (Regelbestand bestand : bestanden) {
                b.setString(1, versie);
                b.setString(2, bestand.pad());
                b.setBytes(3, bestand.inhoud());
                b.addBatch();
            }
            b.executeBatch();
        }
    }

    private static void vervangScenarios(Connection c, String versie, List<Regelbestand> scenarios) throws SQLException {
        try (PreparedStatement weg = c.prepareStatement("DELETE FROM regelset_scenario WHERE regelset_versie = ?");
                PreparedStatement erbij = c.prepareStatement(
                        "INSERT INTO regelset_scenario (regelset_versie, pad, inhoud) VALUES (?, ?, ?)")) {
            weg.setString(1, versie);
            weg.executeUpdate();
            for (Regelbestand s : scenarios) {
                erbij.setString(1, versie);
                erbij.setString(2, s.pad());
                erbij.setBytes(3, s.inhoud());
                erbij.addBatch();
            }
            erbij.executeBatch();
        }
    }

    private static void leg(Connection c, Gebeurtenis g) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO regelset_gebeurtenis (regeling, regelset_versie, soort, "
                + "gebruiker, rol, tijdstip, ingangsdatum) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, g.regeling());
            s.setString(2, g.versie());
            s.setString(3, g.soort().name());
            s.setString(4, g.gebruiker());
            s.setString(5, g.rol());
            s.setObject(6, g.tijdstip());
            s.setObject(7, g.ingangsdatum(), java.sql.Types.DATE);
            s.executeUpdate();
        }
    }
}
