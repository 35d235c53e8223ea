package nl.indicatiewijzer.versies;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Something that happened to a rule-set version: rolled out from the project files, uploaded, or
 * activated; an activation may name the first peildatum it decides ({@code ingangsdatum}, see {@link Tijdlijn}).
 */
public record Gebeurtenis(Soort soort, String regeling, String versie, String gebruiker, String rol, OffsetDateTime tijdstip,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate ingangsdatum) {

    public Gebeurtenis(Soort soort, String regeling, String versie, String gebruiker, String rol, OffsetDateTime tijdstip) {
        this(soort, regeling, versie, gebruiker, rol, tijdstip, null);
    }

    public enum Soort {
        /** a new set of project files at start-up: it becomes active, as a release does */
        UITROL,
        UPLOAD,
        ACTIVERING;

        public boolean maaktActief() {
            return this != UPLOAD;
        }
    }
}
