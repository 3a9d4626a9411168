-- Who published a document (the byline or dateline name, e.g. "Sitrep Wire"), with the span it was read from.
-- Claims analysis counts sources as independent when their publishers differ. publisher_checked tells documents
-- stored before publishers were read (still to look at) from those that name none.
ALTER TABLE document ADD COLUMN publisher VARCHAR(200);
ALTER TABLE document ADD COLUMN publisher_start INTEGER;
ALTER TABLE document ADD COLUMN publisher_end INTEGER;
ALTER TABLE document ADD COLUMN publisher_checked BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX document_publisher ON document(publisher);
