package org.sitrep.model;

import java.util.Objects;

/**
 * One article: the unit that evidence spans point into.
 *
 * <p>Its {@code id} is the SHA-256 of {@code text}, so the same article arriving from two files is stored once.
 *
 * @param id        lowercase hex SHA-256 of {@code text} (UTF-8)
 * @param title     headline, or null when the text gives none
 * @param date      when it was written
 * @param mediaType the media type of the file it was read from, e.g. {@code text/html}
 * @param text      the article's plain text; every span offset counts code points into it
 */
public record Document(String id, String title, DocDate date, String mediaType, String text) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
    }

    public static Document of(String title, DocDate date, String mediaType, String text) {
        return new Document(Hashing.sha256(text), title, date, mediaType, text);
    }

    public int length() {
        return CodePoints.length(text);
    }
}
