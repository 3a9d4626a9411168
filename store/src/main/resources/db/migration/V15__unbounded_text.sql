-- No length limit of the schema may be reachable by input: text a document or list supplies, and which is neither a
-- key nor indexed, is stored unbounded (VARCHAR without a length is unbounded in PostgreSQL and as long as H2 allows).
-- Keys and indexed columns keep a bound (PostgreSQL refuses b-tree entries over about 2,700 bytes); input is checked
-- against those (org.sitrep.store.Limits) where it enters. name_key grows to hold any name Limits.MAX_NAME admits.
ALTER TABLE document ALTER COLUMN title SET DATA TYPE VARCHAR;
ALTER TABLE entity ALTER COLUMN caption SET DATA TYPE VARCHAR;
ALTER TABLE claim ALTER COLUMN source_text SET DATA TYPE VARCHAR;
ALTER TABLE event ALTER COLUMN location_name SET DATA TYPE VARCHAR;
ALTER TABLE event ALTER COLUMN tags SET DATA TYPE VARCHAR;
ALTER TABLE list_snapshot ALTER COLUMN source_path SET DATA TYPE VARCHAR;
ALTER TABLE list_record ALTER COLUMN caption SET DATA TYPE VARCHAR;
ALTER TABLE user_decision ALTER COLUMN payload SET DATA TYPE VARCHAR;
ALTER TABLE resolution_reason ALTER COLUMN name SET DATA TYPE VARCHAR;
ALTER TABLE resolution_reason ALTER COLUMN matched_name SET DATA TYPE VARCHAR;
ALTER TABLE resolution_reason ALTER COLUMN detail SET DATA TYPE VARCHAR;
ALTER TABLE violation_sentence ALTER COLUMN accused SET DATA TYPE VARCHAR;
ALTER TABLE violation_count ALTER COLUMN accused SET DATA TYPE VARCHAR;
ALTER TABLE supply_sentence ALTER COLUMN item SET DATA TYPE VARCHAR;
ALTER TABLE supply_sentence ALTER COLUMN recovered_place SET DATA TYPE VARCHAR;
ALTER TABLE supply_party ALTER COLUMN place SET DATA TYPE VARCHAR;
ALTER TABLE entity_key ALTER COLUMN name_key SET DATA TYPE VARCHAR(2100);
