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
    /** Two words on the same two consonants, the vowelless one fitting the Latin one letter by letter. */
    private static final double TWO_CONSONANTS_FIT = 0.92;
    /** Below this spelling similarity, sounding alike is more likely coincidence than a variant spelling. */
    private static final double PHONETIC_FLOOR = 0.7;
    /** A spelling of a given name typed with one slip against the name ({@code moamed}, {@code muhammad}). */
    static final double SLIPPED = 0.93;

    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    /** Knows which words are distinct given names; null when comparing without a vocabulary. */
    private final NameVocabulary vocabulary;

    /** Word similarity without knowledge of given names. */
    public TokenSimilarity() {
        this(null);
    }

    /**
     * Word similarity that also knows the vocabulary's given names: two different canonical given names
     * ({@code muhammad}, {@code mahmud}) are different names however alike they sound or are written in Arabic.
     */
    public TokenSimilarity(NameVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.compoundPrefixes = vocabulary == null ? new String[0] : vocabulary.canonicalCompoundPrefixes().toArray(String[]::new);
        this.compoundSuffixes = vocabulary == null ? new String[0] : vocabulary.canonicalCompoundSuffixes().toArray(String[]::new);
    }

    /** Canonical compound pieces that words begin or end with ({@code abd}, {@code din}). */
    private final String[] compoundPrefixes;
    private final String[] compoundSuffixes;
    /** Shortest rest of a compound word that is compared on its own. */
    private static final int MIN_COMPOUND_REST = 3;
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
        // "Abd al-Basir" and "Abd al-Bari" share their first letters by construction: compounds on the same piece
        // are as alike as the rest of them
        for (String prefix : compoundPrefixes) {
            if (a.startsWith(prefix) && b.startsWith(prefix)) {
                String ra = compoundRest(a.substring(prefix.length()), abjad);
                String rb = compoundRest(b.substring(prefix.length()), abjad);
                int shortest = abjad ? 2 : MIN_COMPOUND_REST;
                if (ra.length() >= shortest && rb.length() >= shortest) {
                    return similarity(ra, rb, abjad);
                }
            }
        }
        for (String suffix : compoundSuffixes) {
            if (a.endsWith(suffix) && b.endsWith(suffix) && a.length() - suffix.length() >= MIN_COMPOUND_REST
                    && b.length() - suffix.length() >= MIN_COMPOUND_REST) {
                return similarity(a.substring(0, a.length() - suffix.length()),
                        b.substring(0, b.length() - suffix.length()), abjad);
            }
        }
        double score = jaroWinkler.apply(a, b);
        if (lengthens(a, b) || lengthens(b, a)) {
            // "Morozov" and "Morozovsky", "Karim" and "Karimov", "Smith" and "Smithson": a name lengthened by a
            // suffix is another name, however much Jaro-Winkler rewards the shared start
            return Math.min(score, LENGTHENED);
        }
        if (score >= SAME_WORD) {
            return score;
        }
        score = Math.max(score, compoundPart(a, b, abjad));
        if (vocabulary != null && (vocabulary.isSlipOf(a, b) || vocabulary.isSlipOf(b, a))) {
            return Math.max(score, SLIPPED);
        }
        if (vocabulary != null && vocabulary.isCommonGivenName(a) && vocabulary.isCommonGivenName(b)) {
            return score; // spelling variants were already folded to one canonical form; these are two names
        }
        if (score >= PHONETIC_FLOOR && Math.min(a.length(), b.length()) >= 3 && phoneticKey(a).equals(phoneticKey(b))) {
            // sounding alike is good evidence for transliteration variants, but not proof
            score += (1 - score) * 0.5;
        }
        if (score < SYLLABLE_VARIANT && a.length() <= MAX_SYLLABLE && b.length() <= MAX_SYLLABLE
                && syllable(a).equals(syllable(b))) {
            score = SYLLABLE_VARIANT;
        }
        String ea = russianEnding(a, b);
        String eb = russianEnding(b, a);
        if (ea != a || eb != b) {
            score = Math.max(score, jaroWinkler.apply(ea, eb));
        }
        if (abjad) {
            score = Math.max(score, skeletonSimilarity(a, b));
            String la = looseSpelling(a);
            String lb = looseSpelling(b);
            if (!la.equals(a) || !lb.equals(b)) {
                score = Math.max(score, skeletonSimilarity(la, lb));
            }
            String sa = withoutSpokenFinalH(a, b);
            String sb = withoutSpokenFinalH(b, a);
            if (sa != a || sb != b) {
                score = Math.max(score, skeletonSimilarity(sa, sb));
            }
        }
        return score;
    }

    /** What a word scores against the same word lengthened by a suffix of two or more letters. */
    static final double LENGTHENED = 0.9;

    /** Whether {@code longer} is {@code shorter} (of four letters or more) with two or more letters added. */
    private static boolean lengthens(String shorter, String longer) {
        return shorter.length() >= 4 && longer.length() >= shorter.length() + 2 && longer.startsWith(shorter);
    }

    /**
     * How alike a compound and a word are when the word is the compound's name without its prefix: "Abu Makaburi"
     * (the father of Makaburi) and "Makaburi", "Abd al-Rahman" and "Rahman". The short form is a common way to name
     * the same person, though not proof of it, so it scores below a spelling variant; 0 for other pairs.
     */
    private double compoundPart(String a, String b, boolean abjad) {
        for (String prefix : compoundPrefixes) {
            boolean aLong = a.startsWith(prefix) && !b.startsWith(prefix);
            boolean bLong = b.startsWith(prefix) && !a.startsWith(prefix);
            if (!aLong && !bLong) {
                continue;
            }
            String rest = compoundRest((aLong ? a : b).substring(prefix.length()), abjad);
            String other = aLong ? b : a;
            if (rest.length() >= MIN_COMPOUND_PART && other.length() >= MIN_COMPOUND_PART
                    && rest.charAt(0) == other.charAt(0)) {
                return COMPOUND_PART * similarity(rest, other, abjad);
            }
        }
        return 0;
    }

    /** What a compound scores against its name without the prefix (see {@link #compoundPart}). */
    static final double COMPOUND_PART = 0.93;
    /** Shortest name inside a compound that is compared with a word on its own. */
    private static final int MIN_COMPOUND_PART = 4;

    /**
     * The name a word holds after a compound prefix ({@code abumakaburi} → {@code makaburi}), or null when it has
     * none long enough to stand on its own (see {@link #compoundPart}).
     */
    public String compoundName(String word) {
        for (String prefix : compoundPrefixes) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_COMPOUND_PART) {
                return word.substring(prefix.length());
            }
        }
        return null;
    }

    /** Similarity of two words on their consonants, for words of which at least one came from a vowelless script. */
    private double skeletonSimilarity(String a, String b) {
        String ka = consonants(a);
        String kb = consonants(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return 0;
        }
        // the script writes long vowels, so its word must also fit into the Latin spelling letter by letter; two
        // shared consonants that fit are good evidence, though less than three: more names reduce to the same pair
        boolean fits = writtenWithin(a, b) || writtenWithin(b, a);
        double sameSkeleton = !fits ? 0.8 : Math.min(ka.length(), kb.length()) >= 3 ? 0.97 : TWO_CONSONANTS_FIT;
        return ka.equals(kb) ? sameSkeleton : Math.min(fits ? 1 : 0.8, 0.9 * jaroWinkler.apply(ka, kb));
    }

    /**
     * The rest of a compound after its prefix; Arabic script writes the article glued into it (عبدالحی, "abdalhy"),
     * where Latin spellings leave it out or apart.
     */
    private static String compoundRest(String rest, boolean abjad) {
        return abjad && rest.length() >= 4 && rest.startsWith("al") ? rest.substring(2) : rest;
    }

    /** Longest word read as one romanised syllable (Korean "Hyok", "Chin"). */
    public static final int MAX_SYLLABLE = 6;
    /** What two romanisations of one syllable score: the same syllable, though a short word proves less. */
    private static final double SYLLABLE_VARIANT = 0.92;

    /**
     * A short word with the differences between the two romanisations of Korean made one: McCune-Reischauer writes
     * initial ch, k, p, t where the Revised system writes j, g, b, d, and o, u where it writes eo, eu
     * ({@code chin} and {@code jin}, {@code kyong} and {@code gyeong}).
     */
    public static String syllable(String word) {
        String w = word.replace("eo", "o").replace("eu", "u");
        if (w.startsWith("ch")) {
            return "j" + w.substring(2);
        }
        return switch (w.charAt(0)) {
            case 'k' -> "g" + w.substring(1);
            case 'p' -> "b" + w.substring(1);
            case 't' -> "d" + w.substring(1);
            default -> w;
        };
    }

    /**
     * A family name with the Belarusian ending -au or -ou written as the Russian -ov where the other word ends so
     * (Navumau, Navumov): the lists romanise the same name from either language.
     */
    static String russianEnding(String word, String other) {
        int n = word.length();
        if (n < 5 || word.charAt(n - 1) != 'u' || (word.charAt(n - 2) != 'a' && word.charAt(n - 2) != 'o')
                || !(other.endsWith("ov") || other.endsWith("ev"))) {
            return word;
        }
        return word.substring(0, n - 2) + other.substring(other.length() - 2);
    }

    /**
     * A word without its final h where the other word ends in a vowel: Arabic and Persian script write many names'
     * final vowel with the letter ha (زينيه Zeiniye, شاه زاده Shahzade), which transliteration renders as h.
     */
    static String withoutSpokenFinalH(String word, String other) {
        int n = word.length();
        if (n < 4 || word.charAt(n - 1) != 'h' || other.isEmpty()) {
            return word;
        }
        char last = other.charAt(other.length() - 1);
        return last == 'a' || last == 'e' || last == 'i' || last == 'o' || last == 'u' || last == 'y'
                ? word.substring(0, n - 1) : word;
    }

    /**
     * A word with the Latin spellings of one Arabic letter made one: French and English writers spell ش as ch or sh,
     * ج as dj or j, ق as q, k or c; Persian and Urdu say ث and ذ as s and z ({@code saqib}, ثاقب {@code thaqb}).
     */
    static String looseSpelling(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            if (next == 'h' && (c == 't' || c == 'd' || c == 'c' || c == 'p')) {
                out.append(c == 't' ? "s" : c == 'd' ? "z" : c == 'c' ? "sh" : "f");
                i++;
            } else if (c == 'd' && next == 'j') {
                continue;
            } else if (c == 'q') {
                out.append('k');
            } else if (c == 'c') {
                out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a word transliterated from a script that writes consonants and long vowels only ({@code yqwb},
     * {@code hsyn}) could be a shortening of a Latin spelling ({@code yaqoub}, {@code husayn}): its letters appear
     * in order in the Latin word, which may add vowels and h; w may be written o, u or v, y may be written i, e or j,
     * and a final t (the Arabic feminine ending) may be left out.
     */
    static boolean writtenWithin(String abjad, String latin) {
        int j = 0;
        for (int i = 0; i < abjad.length(); i++) {
            char x = abjad.charAt(i);
            if (x == 't' && i == abjad.length() - 1 && i > 2) {
                return true;
            }
            // a final y may be the alif maqsura or Persian ye that names spell a (عیسی Isa)
            boolean finalY = x == 'y' && i == abjad.length() - 1 && i > 0;
            boolean found = false;
            while (j < latin.length()) {
                char l = latin.charAt(j++);
                if (l == x || (x == 'w' && (l == 'o' || l == 'u' || l == 'v')) || (x == 'y' && (l == 'i' || l == 'e' || l == 'j'))
                        || (x == 'a' && (l == 'e' || l == 'o')) || (finalY && l == 'a')) {
                    found = true;
                    break;
                }
                if (!isVowelLike(l) && !(j >= 2 && latin.charAt(j - 2) == l)) {
                    return false; // a Latin consonant the other word does not write
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowelLike(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> true;
            default -> false;
        };
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
     * double as long vowels (w, y) are dropped and doubled letters collapse — except w and y at the start of a word,
     * where they are consonants in both scripts. {@code hussein} and {@code hsyn} both give {@code hsn};
     * {@code yaqoub} and {@code yqwb} both give {@code yqb}.
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
                case 'a', 'e', 'i', 'o', 'u' -> {
                    continue;
                }
                case 'w', 'y' -> {
                    if (i > 0) {
                        continue;
                    }
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
