package org.sitrep.extract;

import org.sitrep.model.Span;

/**
 * A name or a description of a party found in one sentence, before mentions are grouped into entities.
 *
 * @param sentence   index of the sentence in the document
 * @param tokenStart first token (index within the sentence)
 * @param tokenEnd   one past the last token
 * @param span       where it is in the document
 * @param type       what kind of thing it names
 * @param canonical  the gazetteer's canonical name when the name is a known one, else null
 * @param kind       whether it is a name, a description, or a description that starts with a name
 */
public record Mention(int sentence, int tokenStart, int tokenEnd, Span span, EntityType type, String canonical,
                      Kind kind) {

    /** What a mention says of its party. */
    public enum Kind {
        /** A name: "Hamas", "George Haswani", "the Foreign Secretary". */
        NAME,
        /**
         * A noun phrase that describes its party without naming it: "police", "two Afghan policemen", "at least 71
         * people", "a suicide bomber". Two equal descriptions need not be one party, in a document or across them.
         */
        DESCRIPTION,
        /**
         * A description headed by a common noun and named by the name it starts with: "Taliban gunmen", "Hamas
         * fighters". It mentions the party of that name.
         */
        NAMED_DESCRIPTION
    }

    public Mention {
        kind = kind == null ? Kind.NAME : kind;
    }

    /** A name. */
    public Mention(int sentence, int tokenStart, int tokenEnd, Span span, EntityType type, String canonical) {
        this(sentence, tokenStart, tokenEnd, span, type, canonical, Kind.NAME);
    }

    public String text() {
        return span.text();
    }

    /** Whether this is a description ("police", "two policemen") rather than a name. */
    public boolean isDescription() {
        return kind == Kind.DESCRIPTION;
    }

    /** Whether the mention covers token {@code token} of its sentence. */
    public boolean covers(int token) {
        return token >= tokenStart && token < tokenEnd;
    }
}
