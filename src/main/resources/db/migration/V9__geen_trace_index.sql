-- No query of this service looks an advice up by trace_id, and a trace id is random: its index took a
-- random page of an ever larger index for every stored advice, the most expensive part of an insert
-- once the log no longer fits the cache. The trace stays in every row (Logboek dataverwerkingen).

DROP INDEX advies_trace;
