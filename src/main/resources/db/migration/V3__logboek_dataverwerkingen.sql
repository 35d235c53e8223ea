-- Logboek dataverwerkingen (Logius): each decision records the processing activity it belongs to and the
-- trace and span of the request that made it (W3C Trace Context). Empty for decisions stored before.

ALTER TABLE advies ADD COLUMN verwerkingsactiviteit VARCHAR(500);
ALTER TABLE advies ADD COLUMN trace_id VARCHAR(32);
ALTER TABLE advies ADD COLUMN span_id VARCHAR(16);
ALTER TABLE advies ADD COLUMN ouder_span_id VARCHAR(16);

CREATE INDEX advies_trace ON advies (trace_id);
