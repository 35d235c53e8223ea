-- The audit store: every answered advice, chained by hash, and every rule-set version that answered.
-- One set of migrations for H2 (in PostgreSQL mode) and PostgreSQL.

CREATE TABLE advies (
    volgnummer       BIGINT PRIMARY KEY,
    advies_id        VARCHAR(36)  NOT NULL UNIQUE,
    tijdstip         TIMESTAMP WITH TIME ZONE NOT NULL,
    regeling         VARCHAR(20)  NOT NULL,
    regelset_versie  VARCHAR(64)  NOT NULL,
    uitkomst         VARCHAR(20)  NOT NULL,
    gebruiker        VARCHAR(100) NOT NULL,
    rol              VARCHAR(20)  NOT NULL,
    client_hash      VARCHAR(64),
    verzoek          VARCHAR(1000000) NOT NULL,
    antwoord         VARCHAR(1000000) NOT NULL,
    vorige_hash      VARCHAR(64)  NOT NULL,
    hash             VARCHAR(64)  NOT NULL
);

CREATE INDEX advies_regeling_tijdstip ON advies (regeling, tijdstip);
CREATE INDEX advies_tijdstip ON advies (tijdstip);

CREATE TABLE regelset_versie (
    regelset_versie  VARCHAR(64)  PRIMARY KEY,
    regeling         VARCHAR(20)  NOT NULL,
    gearchiveerd_op  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE regelset_bestand (
    regelset_versie  VARCHAR(64)  NOT NULL REFERENCES regelset_versie (regelset_versie),
    pad              VARCHAR(500) NOT NULL,
    inhoud           BYTEA        NOT NULL,
    PRIMARY KEY (regelset_versie, pad)
);
