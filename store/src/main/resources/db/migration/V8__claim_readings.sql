-- What extraction reads of a claim's words, stored so that claims analysis never re-reads the text: the word
-- negating its cue ("could not confirm"), a pronoun in its content and the entity the resolver tied it to, and
-- the people its content says died. Every reading keeps the span of the words it rests on.
ALTER TABLE claim ADD COLUMN negation_start INTEGER;
ALTER TABLE claim ADD COLUMN negation_end INTEGER;
ALTER TABLE claim ADD COLUMN pronoun_start INTEGER;
ALTER TABLE claim ADD COLUMN pronoun_end INTEGER;
ALTER TABLE claim ADD COLUMN pronoun_entity VARCHAR(200);

CREATE TABLE claim_death (
    claim_id        VARCHAR(100)  NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
    entity_id       VARCHAR(200)  NOT NULL,
    cue_start       INTEGER       NOT NULL,
    cue_end         INTEGER       NOT NULL,
    PRIMARY KEY (claim_id, entity_id)
);
CREATE INDEX claim_death_entity ON claim_death(entity_id);

-- Words that make what their sentence says tentative ("likely", "reportedly", "may have"), found once per
-- document: a claim, event or link whose span holds one is hedged.
CREATE TABLE hedge (
    document_id     CHAR(64)      NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    span_start      INTEGER       NOT NULL,
    span_end        INTEGER       NOT NULL,
    origin          VARCHAR(100)  NOT NULL,
    PRIMARY KEY (document_id, span_start)
);

-- Documents extracted before these readings existed lack them: have the next run extract them again.
DELETE FROM document_extraction;
