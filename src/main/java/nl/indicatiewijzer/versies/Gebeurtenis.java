package nl.indicatiewijzer.versies;

import java.time.OffsetDateTime;

/** Something that happened to a rule-set version: rolled out from the project files, uploaded, or activated. */
public record Gebeurtenis(Soort soort, String regeling, String versie, String gebruiker, String rol, OffsetDateTime tijdstip) {

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
