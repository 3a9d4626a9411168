-- Cross-document resolution: normalised name keys pointing at the knowledge-base entity they resolve to.
CREATE TABLE entity_key (
    name_key        VARCHAR(500)  PRIMARY KEY,
    entity_id       VARCHAR(200)  NOT NULL
);
CREATE INDEX entity_key_entity ON entity_key(entity_id);

-- Which documents have been run through extraction, by which extractor version.
CREATE TABLE document_extraction (
    document_id     CHAR(64)      PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    origin          VARCHAR(100)  NOT NULL,
    extracted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
