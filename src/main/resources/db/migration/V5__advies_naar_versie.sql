-- Each advice names the archived rule-set version that decided it: a version is archived before it
-- can answer (roll-out and upload store it first), and this key holds every advice to that. Until now
-- the audit log archived a version in the same transaction as its first advice, so on a database made
-- by an earlier release every advice already has its version; if one does not, this migration fails
-- and the service does not start (see README, Architectuur).

ALTER TABLE advies ADD CONSTRAINT advies_regelset_versie
    FOREIGN KEY (regelset_versie) REFERENCES regelset_versie (regelset_versie);
