package org.sitrep.screen.names;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two normalised words are, in [0, 1]: Jaro-Winkler on the spelling, raised when the words sound alike
 * (Double Metaphone) and, for words that came from a script without written vowels, compared on consonants.
 *
 * <p>Stateless; may be shared between threads.
 */
public final class TokenSimilarity {

    /** What an initial scores against a word it could abbreviate. */
    public static final double INITIAL = 0.8;
    /** Above this, spelling alone already makes two words the same word; no further evidence is sought. */
    private static final double SAME_WORD = 0.97;
    /** Below this spelling similarity, sounding alike is more likely coincidence than a variant spelling. */
    private static final double PHONETIC_FLOOR = 0.7;

    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    /** Phonetic keys by word; words repeat endlessly across names, keys are costly to compute. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> phoneticKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_KEYS = 1 << 19;

    /** Similarity of two words; {@code abjad} when either came from a script that omits vowels. */
    public double similarity(String a, String b, boolean abjad) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) ? INITIAL : 0.0;
        }
        double score = jaroWinkler.apply(a, b);
        if (score >= SAME_WORD) {
            return score;
        }
        if (score >= PHONETIC_FLOOR && Math.min(a.length(), b.length()) >= 3 && phoneticKey(a).equals(phoneticKey(b))) {
            // sounding alike is good evidence for transliteration variants, but not proof
            score += (1 - score) * 0.5;
        }
        if (abjad) {
            String ka = consonants(a);
            String kb = consonants(b);
            if (!ka.isEmpty() && !kb.isEmpty()) {
                // two shared consonants are weak evidence: many different names reduce to the same pair
                double sameSkeleton = Math.min(ka.length(), kb.length()) >= 3 ? 0.95 : 0.85;
                score = Math.max(score, ka.equals(kb) ? sameSkeleton : 0.9 * jaroWinkler.apply(ka, kb));
            }
        }
        return score;
    }

    /** The Double Metaphone key of a word (empty for words without one). */
    public String phoneticKey(String word) {
        String cached = phoneticKeys.get(word);
        if (cached != null) {
            return cached;
        }
        String key = metaphone.doubleMetaphone(word);
        key = key == null ? "" : key;
        if (phoneticKeys.size() < MAX_CACHED_KEYS) {
            phoneticKeys.put(word, key);
        }
        return key;
    }

    /**
     * The consonant skeleton of a word, which is what Arabic and Hebrew script write: vowels and the letters that
     * double as long vowels (w, y) are dropped and doubled letters collapse. {@code hussein} and {@code hsyn} both
     * give {@code hsn}.
     */
    public static String consonants(String word) {
        StringBuilder out = new StringBuilder(word.length());
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'v') {
                c = 'w';
            }
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'w', 'y' -> {
                    continue;
                }
                default -> {
                }
            }
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }
}
