-- Sitrep evidence store, version 1. One schema for embedded H2 (PostgreSQL mode) and PostgreSQL.
-- Every fact row carries its provenance: a document id + code-point span, or a list id + record id,
-- plus the origin (extractor/importer name and version) and the time it was recorded.

-- Files read by `sitrep ingest`. A row is written in the same transaction as the file's documents,
-- so its presence means the file was ingested completely (that is what makes resume after a crash exact).
CREATE TABLE source_file (
    path            VARCHAR(4096) PRIMARY KEY,
    sha256          CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    media_type      VARCHAR(100)  NOT NULL,
    document_count  INTEGER       NOT NULL,
    origin          VARCHAR(100)  NOT NULL,
    ingested_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One article. id = SHA-256 of text, so exact duplicates are stored once.
CREATE TABLE document (
    id              CHAR(64)      PRIMARY KEY,
    title           VARCHAR(1000),
    date_value      DATE,
    date_precision  VARCHAR(8)    NOT NULL,
    date_source     VARCHAR(8)    NOT NULL,
    media_type      VARCHAR(100)  NOT NULL,
    length_cp       INTEGER       NOT NULL,
    text            TEXT          NOT NULL,
    origin          VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every place a document was found: a file, and where in it the article starts.
CREATE TABLE document_source (
    path            VARCHAR(4096) NOT NULL REFERENCES source_file(path) ON DELETE CASCADE,
    article_index   INTEGER       NOT NULL,
    document_id     CHAR(64)      NOT NULL REFERENCES document(id),
    offset_cp       INTEGER       NOT NULL,
    PRIMARY KEY (path, article_index)
);
CREATE INDEX document_source_document ON document_source(document_id);

-- Paragraph fingerprints, to find passages repeated across documents (syndicated or quoted text).
CREATE TABLE passage (
    document_id     CHAR(64)      NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start_cp        INTEGER       NOT NULL,
    end_cp          INTEGER       NOT NULL,
    fingerprint     CHAR(64)      NOT NULL,
    PRIMARY KEY (document_id, start_cp)
);
CREATE INDEX passage_fingerprint ON passage(fingerprint);

-- Entities: FollowTheMoney schema name plus a display caption. Their properties are statements.
CREATE TABLE entity (
    id              VARCHAR(200)  PRIMARY KEY,
    schema_name     VARCHAR(64)   NOT NULL,
    caption         VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The FtM statement model with provenance: one property value of one entity, from one piece of evidence.
-- Aliases are several `name` statements; mentions in text are `name` statements with a span.
CREATE TABLE statement (
    id              CHAR(40)      PRIMARY KEY,
    entity_id       VARCHAR(200)  NOT NULL,
    schema_name     VARCHAR(64)   NOT NULL,
    prop            VARCHAR(64)   NOT NULL,
    prop_value      VARCHAR(8000) NOT NULL,
    dataset         VARCHAR(100)  NOT NULL,
    document_id     CHAR(64)      REFERENCES document(id) ON DELETE CASCADE,
    span_start      INTEGER,
    span_end        INTEGER,
    list_id         VARCHAR(100),
    record_id       VARCHAR(200),
    user_name       VARCHAR(200),
    origin          VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT statement_has_evidence CHECK (
        (document_id IS NOT NULL AND span_start IS NOT NULL AND span_end IS NOT NULL)
        OR (list_id IS NOT NULL AND record_id IS NOT NULL)
        OR user_name IS NOT NULL)
);
CREATE INDEX statement_entity ON statement(entity_id);
CREATE INDEX statement_document ON statement(document_id);
CREATE INDEX statement_value ON statement(prop, prop_value);

-- Claims: who says what. cue = the reporting verb or phrase; content = what is said.
CREATE TABLE claim (
    id              VARCHAR(100)  PRIMARY KEY,
    document_id     CHAR(64)      NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    source_entity   VARCHAR(200),
    source_text     VARCHAR(1000),
    cue_start       INTEGER       NOT NULL,
    cue_end         INTEGER       NOT NULL,
    content_start   INTEGER       NOT NULL,
    content_end     INTEGER       NOT NULL,
    stance          VARCHAR(16)   NOT NULL,
    origin          VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Links between entities (ownership, subcontractor, leadership, sanctioned_by, ...), from text or lists.
CREATE TABLE link (
    id              VARCHAR(100)  PRIMARY KEY,
    link_type       VARCHAR(32)   NOT NULL,
    subject_id      VARCHAR(200)  NOT NULL,
    object_id       VARCHAR(200)  NOT NULL,
    modality        VARCHAR(16)   NOT NULL,
    claim_id        VARCHAR(100)  REFERENCES claim(id) ON DELETE SET NULL,
    document_id     CHAR(64)      REFERENCES document(id) ON DELETE CASCADE,
    span_start      INTEGER,
    span_end        INTEGER,
    list_id         VARCHAR(100),
    record_id       VARCHAR(200),
    origin          VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT link_has_evidence CHECK (
        (document_id IS NOT NULL AND span_start IS NOT NULL AND span_end IS NOT NULL)
        OR (list_id IS NOT NULL AND record_id IS NOT NULL))
);
CREATE INDEX link_subject ON link(subject_id);
CREATE INDEX link_object ON link(object_id);

-- Events, ACLED-compatible: event type and sub-event type as ACLED spells them.
CREATE TABLE event (
    id                  VARCHAR(100)  PRIMARY KEY,
    document_id         CHAR(64)      NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    event_type          VARCHAR(64)   NOT NULL,
    sub_event_type      VARCHAR(64),
    date_value          DATE,
    date_precision      VARCHAR(8)    NOT NULL,
    location_entity     VARCHAR(200),
    location_name       VARCHAR(500),
    country             CHAR(2),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    location_precision  VARCHAR(10)   NOT NULL,
    fatalities_low      INTEGER,
    fatalities_best     INTEGER,
    fatalities_high     INTEGER,
    event_count         INTEGER,
    tags                VARCHAR(500),
    modality            VARCHAR(16)   NOT NULL,
    claim_id            VARCHAR(100)  REFERENCES claim(id) ON DELETE SET NULL,
    span_start          INTEGER       NOT NULL,
    span_end            INTEGER       NOT NULL,
    origin              VARCHAR(100)  NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_date ON event(date_value);

CREATE TABLE event_participant (
    event_id        VARCHAR(100)  NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    entity_id       VARCHAR(200)  NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    PRIMARY KEY (event_id, entity_id, role)
);

-- What a claim is about: events and links stated inside its content.
CREATE TABLE claim_subject (
    claim_id        VARCHAR(100)  NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    subject_id      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (claim_id, subject_id)
);

-- Sanctions and reference lists: each import is a snapshot identified by the content hash of its files.
CREATE TABLE list_snapshot (
    list_id         VARCHAR(100)  NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    format          VARCHAR(64)   NOT NULL,
    source_path     VARCHAR(4096) NOT NULL,
    entity_count    INTEGER       NOT NULL,
    active          BOOLEAN       NOT NULL,
    origin          VARCHAR(100)  NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (list_id, sha256)
);

-- One record of a list snapshot, kept whole (as JSON) so that any fact drawn from it can be traced back.
CREATE TABLE list_record (
    list_id         VARCHAR(100)  NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    record_id       VARCHAR(200)  NOT NULL,
    schema_name     VARCHAR(64)   NOT NULL,
    caption         VARCHAR(1000) NOT NULL,
    data            TEXT          NOT NULL,
    PRIMARY KEY (list_id, sha256, record_id),
    FOREIGN KEY (list_id, sha256) REFERENCES list_snapshot(list_id, sha256) ON DELETE CASCADE
);

-- Decisions people make (merges, splits, reliability grades): an audit log that re-ingestion never touches.
CREATE TABLE user_decision (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    kind            VARCHAR(32)   NOT NULL,
    payload         VARCHAR(8000) NOT NULL,
    user_name       VARCHAR(200)  NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
