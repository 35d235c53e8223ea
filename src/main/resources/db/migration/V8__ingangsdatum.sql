-- An activation may name the first peildatum its version decides (README, "Publiceren"): each regeling
-- has a timeline of versions. Empty for every roll-out, upload and activation before: in force for every
-- peildatum from then on, as they were.

ALTER TABLE regelset_gebeurtenis ADD COLUMN ingangsdatum DATE;
