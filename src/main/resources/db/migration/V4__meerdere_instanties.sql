-- Several instances on one database. The head of the hash chain lives in one row that each write
-- batch locks (SELECT ... FOR UPDATE) only for its own insert, so instances chain gap-free without a
-- lock around whole requests. Each regeling has a row that serialises its roll-outs, uploads and
-- activations across instances. A generated key (when none is configured) is shared through the store.

CREATE TABLE auditkop (
    id               INTEGER      PRIMARY KEY,
    volgnummer       BIGINT       NOT NULL,
    hash             VARCHAR(64)  NOT NULL
);

INSERT INTO auditkop (id, volgnummer, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

UPDATE auditkop
SET volgnummer = (SELECT MAX(volgnummer) FROM advies),
    hash = (SELECT hash FROM advies WHERE volgnummer = (SELECT MAX(volgnummer) FROM advies))
WHERE EXISTS (SELECT 1 FROM advies);

CREATE TABLE regeling_slot (
    regeling         VARCHAR(20)  PRIMARY KEY
);

INSERT INTO regeling_slot (regeling) VALUES ('mlw-mer'), ('stede-broec'), ('bkb24'), ('bijlage5'), ('tsd');

CREATE TABLE sleutel (
    naam             VARCHAR(50)  PRIMARY KEY,
    waarde           VARCHAR(200) NOT NULL
);
