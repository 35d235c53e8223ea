package nl.indicatiewijzer.versies;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.indicatiewijzer.regels.Regelbestand;
import nl.indicatiewijzer.regels.Versie;
import nl.indicatiewijzer.systeem.Database;

/** Reads the archive: the exact files, templates and scenarios of every stored rule-set version. */
@ApplicationScoped
public class Archief {
    private final Database database;

    public Archief(Database database) {
        this.database = database;
    }

    /** The exact files of an archived rule-set version. */
    public List<Regelbestand> archief(String regelsetVersie) {
        return bestanden("regelset_bestand", regelsetVersie);
    }

    /**
     * The released tables an archived version's tables are held to: those of the roll-out its uploads
     * descend from (an upload's basis is the version that was active when it was uploaded). A version
     * that was not uploaded is a release, and its tables are their own templates.
     */
    public List<Regelbestand> sjablonen(String regelsetVersie) {
        String versie = regelsetVersie;
        try (Connection c = database.verbinding();
                PreparedStatement s = c.prepareStatement("SELECT herkomst, basis_versie FROM regelset_versie WHERE regelset_versie = ?")) {
            for (int stap = 0; versie != null && stap < 10_000; stap++) {
                s.setString(1, versie);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return List.of();
                    }
                    if (!"UPLOAD".equals(rs.getString(1))) {
                        return archief(versie).stream().filter(Regelbestand::isBeslistabel).toList();
                    }
                    versie = rs.getString(2);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return List.of();
    }

    /**
     * Every archived version whose files no longer hash to its id ({@link Versie}): a file swapped,
     * changed, added or removed in the store. One version's files at a time.
     */
    public List<String> afwijkend() {
        List<String> versies = new ArrayList<>();
        try (Connection c = database.verbinding();
                PreparedStatement s = c.prepareStatement("SELECT regelset_versie FROM regelset_versie ORDER BY gearchiveerd_op, regelset_versie");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                versies.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return versies.stream().filter(v -> !Versie.van(archief(v)).equals(v)).toList();
    }

    /** The scenario files a version was checked with. */
    public List<Regelbestand> scenarios(String regelsetVersie) {
        return bestanden("regelset_scenario", regelsetVersie);
    }

    private List<Regelbestand> bestanden(String tabel, String regelsetVersie) {
        List<Regelbestand> bestanden = new ArrayList<>();
        try (Connection c = database.verbinding();
                PreparedStatement s = c.prepareStatement("SELECT pad, inhoud FROM " + tabel + " WHERE regelset_versie = ? ORDER BY pad")) {
            s.setString(1, regelsetVersie);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    bestanden.add(new Regelbestand(rs.getString(1), rs.getBytes(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return bestanden;
    }

    /** The regeling an archived version belongs to, or "" when the archive does not know it. */
    public String regelingVan(String regelsetVersie) {
        try (Connection c = database.verbinding();
                PreparedStatement s = c.prepareStatement("SELECT regeling FROM regelset_versie WHERE regelset_versie = ?")) {
            s.setString(1, regelsetVersie);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
