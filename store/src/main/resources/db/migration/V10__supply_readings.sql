-- What extraction reads of supply chains, stored so that supply-chain analysis never re-reads the text: each
-- sentence that tells a chain of deliveries (its item, when the item was supplied, and where and when it was
-- recovered) and the parties it names, in the order it passes the item on, the last the one the item was recovered
-- from. Every row keeps the span of the sentence it rests on, and a party where it is named.
CREATE TABLE supply_sentence (
    document_id         CHAR(64)      NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    span_start          INTEGER       NOT NULL,
    span_end            INTEGER       NOT NULL,
    item                VARCHAR(500),
    item_start          INTEGER,
    item_end            INTEGER,
    supplied_date       DATE,
    supplied_precision  VARCHAR(16)   NOT NULL,
    recovery_start      INTEGER,
    recovery_end        INTEGER,
    recovered_date      DATE,
    recovered_precision VARCHAR(16)   NOT NULL,
    recovered_place     VARCHAR(500),
    origin              VARCHAR(100)  NOT NULL,
    PRIMARY KEY (document_id, span_start)
);

-- role: manufacturer, distributor, supplier or end_user. An end user the sentence does not name was taken from
-- another recovery sentence of the document (inferred): evidence_start/evidence_end is that sentence, else the
-- chain's own.
CREATE TABLE supply_party (
    document_id     CHAR(64)      NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    span_start      INTEGER       NOT NULL,
    party_index     INTEGER       NOT NULL,
    entity_id       VARCHAR(200)  NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    place           VARCHAR(500),
    name_start      INTEGER       NOT NULL,
    name_end        INTEGER       NOT NULL,
    evidence_start  INTEGER       NOT NULL,
    evidence_end    INTEGER       NOT NULL,
    inferred        BOOLEAN       NOT NULL,
    origin          VARCHAR(100)  NOT NULL,
    PRIMARY KEY (document_id, span_start, entity_id)
);
CREATE INDEX supply_party_entity ON supply_party(entity_id);

-- Documents extracted before these readings existed lack them: have the next run extract them again.
DELETE FROM document_extraction;
