package org.sitrep.ingest;

import org.sitrep.model.CodePoints;
import org.sitrep.model.Hashing;
import org.sitrep.store.StoreTransaction.Passage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fingerprints the paragraphs of a document so that passages repeated across documents (syndicated wire copy,
 * quoted press releases) can be found. Case, punctuation and spacing do not change a fingerprint.
 */
final class Passages {

    /** Shorter paragraphs ("Post a Comment", bylines) repeat by accident, not by copying. */
    static final int MIN_CHARS = 80;

    private Passages() {
    }

    static List<Passage> of(String text) {
        List<Passage> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String para = text.substring(start, end);
            String normal = normalise(para);
            if (normal.length() >= MIN_CHARS) {
                int lead = para.length() - para.stripLeading().length();
                int trail = para.length() - para.stripTrailing().length();
                out.add(new Passage(CodePoints.offsetOf(text, start + lead), CodePoints.offsetOf(text, end - trail),
                        Hashing.sha256(normal)));
            }
            start = end + 1;
        }
        return out;
    }

    static String normalise(String paragraph) {
        String s = Normalizer.normalize(paragraph, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    }
}
