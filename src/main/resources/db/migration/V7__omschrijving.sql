-- Versions a person can tell apart: the short description the policy worker gave at upload
-- ("Tarieven 2027"), and a one-line summary of what changed against the version it was based on,
-- made from the row-level difference. Versions stored before have neither (shown as "Release" or
-- "(geen omschrijving)"). The description is at most 120 characters; the column holds more so that
-- a character outside the Basic Multilingual Plane, two Java chars in H2, never overflows it.

ALTER TABLE regelset_versie ADD COLUMN omschrijving VARCHAR(500);
ALTER TABLE regelset_versie ADD COLUMN wijzigingen VARCHAR(2000);
