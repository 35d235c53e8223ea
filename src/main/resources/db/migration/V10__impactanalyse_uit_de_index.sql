-- An impact analysis reads every advice of a regeling in a period, page by page in time order (AuditRepository.doorloop).
-- With volgnummer in this index each page comes straight from the index, in that order. Without it the store sorted
-- every advice of the period first, and H2 did so on disk beyond its row limit (README, "Snelheid", "Lezen in pagina's").

DROP INDEX advies_regeling_tijdstip;
CREATE INDEX advies_regeling_tijdstip ON advies (regeling, tijdstip, volgnummer);
