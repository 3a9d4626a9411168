package org.sitrep.extract.event;

import java.util.List;

/**
 * Turns a sentence into a fixed-length vector that the event heads read. Implementations run in-process; none may
 * fetch anything at run time.
 */
public interface SentenceEncoder {

    /** A stable name for the model card and for checking that shipped heads were trained on this encoder. */
    String name();

    /** Length of every vector this encoder returns. */
    int dimension();

    /** The vector of one sentence. */
    float[] encode(String sentence);

    /** The vectors of several sentences, in order; may be faster than one by one. */
    default List<float[]> encodeAll(List<String> sentences) {
        return sentences.stream().map(this::encode).toList();
    }
}
