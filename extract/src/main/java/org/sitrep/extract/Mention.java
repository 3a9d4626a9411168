package org.sitrep.extract;

import org.sitrep.model.Span;

/**
 * A name found in one sentence, before mentions are grouped into entities.
 *
 * @param sentence   index of the sentence in the document
 * @param tokenStart first token (index within the sentence)
 * @param tokenEnd   one past the last token
 * @param span       where it is in the document
 * @param type       what kind of thing it names
 * @param canonical  the gazetteer's canonical name when the name is a known one, else null
 */
public record Mention(int sentence, int tokenStart, int tokenEnd, Span span, EntityType type, String canonical) {

    public String text() {
        return span.text();
    }

    /** Whether the mention covers token {@code token} of its sentence. */
    public boolean covers(int token) {
        return token >= tokenStart && token < tokenEnd;
    }
}
