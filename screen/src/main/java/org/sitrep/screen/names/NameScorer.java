package org.sitrep.screen.names;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.List;
import java.util.Locale;

/**
 * Sitrep's name comparison: the words of both names are paired one to one, best pairs first, whatever their order,
 * and the score is the weighted share of the names that pairs cover. Words of the query left without a partner cost
 * much more than words of the listed name left without one, since lists record fuller names than people type.
 *
 * <p>Stateless; may be shared between threads.
 */
public final class NameScorer {

    /** Word similarity below which two words are not considered the same word at all. */
    private static final double PAIRING_FLOOR = 0.75;
    /** Word similarity from which two words count as fully the same (spelling slips, transliteration variants). */
    private static final double SAME_WORD = 0.97;
    /** Cost of a query word without partner, relative to its weight. */
    private static final double UNPAIRED_QUERY_COST = 0.5;
    /** Cost of a listed-name word without partner (middle names, patronymics the query leaves out). */
    private static final double UNPAIRED_CANDIDATE_COST = 0.25;
    /** Cost of a listed-name word without partner when the query also has words without partner. */
    private static final double CONFLICT_CANDIDATE_COST = 0.4;
    /** Marks a query word that is part of words compared joined. */
    private static final int JOINED = -2;
    /** Marks a query word paired as (or within) an acronym. */
    private static final int ACRONYM = -3;
    /**
     * How much an acronym counts as the words whose initials it spells ("IRGC", Islamic Revolutionary Guard Corps):
     * less than the words themselves, since initials are far less distinctive than spellings.
     */
    public static final double ACRONYM_AGREEMENT = 0.8;
    /** Fewest letters of a word read as an acronym: two letters spell too many names by chance. */
    public static final int MIN_ACRONYM = 3;
    /** Most letters of a word read as an acronym. */
    public static final int MAX_ACRONYM = 8;

    private final TokenSimilarity similarity;
    private final NameVocabulary vocabulary;

    /** A scorer without knowledge of given names (see {@link TokenSimilarity#TokenSimilarity(NameVocabulary)}). */
    public NameScorer() {
        this(null);
    }

    /** A scorer whose word similarity knows the vocabulary's given names. */
    public NameScorer(NameVocabulary vocabulary) {
        this.similarity = new TokenSimilarity(vocabulary);
        this.vocabulary = vocabulary;
    }
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    /** How far the letters of one name may be from the other's when only the split into words differs: one edit. */
    private final LevenshteinDistance resplitLetters = new LevenshteinDistance(1);

    /** The word similarity this scorer uses. */
    public TokenSimilarity tokenSimilarity() {
        return similarity;
    }

    /** Compares two normalised names. */
    public NameScore score(NormalizedName query, NormalizedName candidate, TokenWeights weights) {
        return score(query, candidate, weights, true);
    }

    /** Compares two normalised names; {@code explain} false skips building the detail text. */
    public NameScore score(NormalizedName query, NormalizedName candidate, TokenWeights weights, boolean explain) {
        return score(query, candidate, weights, similarity::similarity, explain);
    }

    /** How alike two words are; lets callers remember similarities across the many names one query meets. */
    @FunctionalInterface
    public interface WordSimilarity {
        double similarity(String a, String b, boolean abjad);
    }

    /** Compares two normalised names with a given word similarity (e.g. a memoising one); no acronyms. */
    public NameScore score(NormalizedName query, NormalizedName candidate, TokenWeights weights,
                           WordSimilarity wordSimilarity, boolean explain) {
        return score(query, candidate, weights, wordSimilarity, explain, false);
    }

    /**
     * Compares two normalised names; {@code acronyms} also lets a word pair with the consecutive words whose initials
     * it spells ("IRGC", Islamic Revolutionary Guard Corps) — right for organisations, not for people, whose short
     * names would otherwise spell the initials of many a full name.
     */
    public NameScore score(NormalizedName query, NormalizedName candidate, TokenWeights weights,
                           WordSimilarity wordSimilarity, boolean explain, boolean acronyms) {
        String[] q = query.tokens().toArray(String[]::new);
        String[] c = candidate.tokens().toArray(String[]::new);
        if (q.length == 0 || c.length == 0) {
            return new NameScore(0, 0, "nothing comparable in " + (q.length == 0 ? "the first" : "the second") + " name");
        }
        // a name from a script without written vowels is compared on its consonants with a Latin one; two such names
        // are written alike and compare letter by letter (alif and all)
        boolean abjad = query.abjad() != candidate.abjad();
        double[] wq = new double[q.length];
        double[] wc = new double[c.length];
        for (int i = 0; i < q.length; i++) {
            wq[i] = weights.weight(q[i]);
        }
        for (int j = 0; j < c.length; j++) {
            wc[j] = weights.weight(c[j]);
        }
        // "Chon Myong" and "Chonmyong", "Post Bank" and "Postbank": neighbouring words of one name written as one
        // word of the other are that word
        Glued gq = Glued.of(q, wq, c, wordSimilarity, abjad);
        if (gq != null) {
            q = gq.words();
            wq = gq.weights();
        }
        Glued gc = Glued.of(c, wc, q, wordSimilarity, abjad);
        if (gc != null) {
            c = gc.words();
            wc = gc.weights();
        }
        double[] sim = new double[q.length * c.length];
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < c.length; j++) {
                sim[i * c.length + j] = wordSimilarity.similarity(q[i], c[j], abjad);
            }
        }
        int[] pairOf = new int[q.length];
        boolean[] taken = new boolean[c.length];
        java.util.Arrays.fill(pairOf, -1);
        double paired = 0;
        double pairedWeight = 0;
        double evidence = 0;
        for (int round = 0; round < Math.min(q.length, c.length); round++) {
            int bestI = -1;
            int bestJ = -1;
            double best = PAIRING_FLOOR;
            for (int i = 0; i < q.length; i++) {
                if (pairOf[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < c.length; j++) {
                    double s = sim[i * c.length + j];
                    if (!taken[j] && (s > best || (s == best && bestI < 0 && s > PAIRING_FLOOR))) {
                        best = s;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                break;
            }
            pairOf[bestI] = bestJ;
            taken[bestJ] = true;
            double agreement = agreement(best);
            double weight = (wq[bestI] + wc[bestJ]) / 2;
            paired += agreement * weight;
            pairedWeight += weight;
            evidence += agreement * Math.min(wq[bestI], wc[bestJ]);
        }
        int pairs = 0;
        for (int i : pairOf) {
            pairs += i >= 0 ? 1 : 0;
        }
        // "IRGC" and "Islamic Revolutionary Guard Corps": a word left over on one side may spell the initials of
        // consecutive words left over on the other
        int queryInAcronyms = 0;
        int candidateInAcronyms = 0;
        StringBuilder acronymNote = null;
        if (acronyms && vocabulary != null && pairs < q.length && pairs < c.length) {
            boolean[] queryUsed = new boolean[q.length];
            for (int i = 0; i < q.length; i++) {
                queryUsed[i] = pairOf[i] != -1;
            }
            for (int side = 0; side < 2; side++) {
                String[] own = side == 0 ? q : c;
                String[] other = side == 0 ? c : q;
                boolean[] ownUsed = side == 0 ? queryUsed : taken;
                boolean[] otherUsed = side == 0 ? taken : queryUsed;
                double[] ownWeight = side == 0 ? wq : wc;
                double[] otherWeight = side == 0 ? wc : wq;
                for (int a = 0; a < own.length; a++) {
                    if (ownUsed[a] || !isAcronymLike(own[a])) {
                        continue;
                    }
                    int[] run = spelledRun(own[a], other, otherUsed);
                    if (run == null) {
                        continue;
                    }
                    double runWeight = 0;
                    for (int k = run[0]; k < run[1]; k++) {
                        otherUsed[k] = true;
                        runWeight += otherWeight[k];
                    }
                    ownUsed[a] = true;
                    double weight = (ownWeight[a] + runWeight) / 2;
                    paired += ACRONYM_AGREEMENT * weight;
                    pairedWeight += weight;
                    evidence += ACRONYM_AGREEMENT * Math.min(ownWeight[a], runWeight);
                    int runLength = run[1] - run[0];
                    queryInAcronyms += side == 0 ? 1 : runLength;
                    candidateInAcronyms += side == 0 ? runLength : 1;
                    acronymNote = (acronymNote == null ? new StringBuilder("acronym: ") : acronymNote.append(", "))
                            .append(own[a]).append('~').append(String.join(" ", java.util.Arrays.copyOfRange(other, run[0], run[1])));
                }
            }
            for (int i = 0; i < q.length; i++) {
                if (pairOf[i] == -1 && queryUsed[i]) {
                    pairOf[i] = ACRONYM;
                }
            }
        }
        int queryPaired = pairs + queryInAcronyms;
        int candidatePaired = pairs + candidateInAcronyms;
        // "Don Juan" and "Donjuan", "Fakhri Zadeh" and "Fakhrizadeh": words left over on both sides may be the same
        // letters split into words differently; compared joined, they count as one pair
        String joinedNote = acronymNote == null ? null : acronymNote.toString();
        if (queryPaired < q.length && candidatePaired < c.length
                && (q.length - queryPaired) + (c.length - candidatePaired) >= 3) {
            StringBuilder jq = new StringBuilder();
            StringBuilder jc = new StringBuilder();
            double uq = 0;
            double uc = 0;
            for (int i = 0; i < q.length; i++) {
                if (pairOf[i] < 0) {
                    jq.append(q[i]);
                    uq += wq[i];
                }
            }
            for (int j = 0; j < c.length; j++) {
                if (!taken[j]) {
                    jc.append(c[j]);
                    uc += wc[j];
                }
            }
            double joined = agreement(jaroWinkler.apply(jq.toString(), jc.toString()));
            if (joined > 0) {
                double weight = (uq + uc) / 2;
                paired += joined * weight;
                pairedWeight += weight;
                evidence += joined * Math.min(uq, uc);
                for (int i = 0; i < q.length; i++) {
                    if (pairOf[i] < 0) {
                        pairOf[i] = JOINED;
                    }
                }
                java.util.Arrays.fill(taken, true);
                pairs = Math.min(q.length, c.length);
                queryPaired = pairs;
                candidatePaired = pairs;
                joinedNote = (joinedNote == null ? "" : joinedNote + "; ")
                        + "written as one word: " + jq + "~" + jc + String.format(Locale.ROOT, " %.2f", joined);
            }
        }
        // One name being a part of the other (a missing middle name or second surname) is ordinary; words left over on
        // both sides are a conflict ("Turki X" is not "Muhammad X"). A one-word part proves little, so it is not eased.
        // A kunya ("Abu Hamza") is a byname beside the given names: left without partner it is a name one side leaves
        // out, as a middle name is, not a word that tells two people apart
        boolean[] queryKunya = kunyas(q, pairOf);
        boolean[] candidateKunya = kunyas(c, taken);
        int queryKunyas = count(queryKunya);
        int candidateKunyas = count(candidateKunya);
        boolean anyPair = queryPaired > 0 && candidatePaired > 0;
        boolean queryCovered = queryPaired + (anyPair ? queryKunyas : 0) == q.length;
        boolean candidateCovered = candidatePaired + (anyPair ? candidateKunyas : 0) == c.length && candidatePaired >= 2;
        double queryCost = candidateCovered ? UNPAIRED_CANDIDATE_COST : UNPAIRED_QUERY_COST;
        double candidateCost = queryCovered || candidateCovered ? UNPAIRED_CANDIDATE_COST : CONFLICT_CANDIDATE_COST;
        boolean conflict = !queryCovered && !candidateCovered;
        double cost = 0;
        for (int i = 0; i < q.length; i++) {
            if (pairOf[i] == -1) {
                double wordCost = anyPair && queryKunya[i] ? UNPAIRED_CANDIDATE_COST : queryCost;
                cost += wordCost * (conflict ? conflictWeight(q[i], wq[i]) : wq[i]);
            }
        }
        for (int j = 0; j < c.length; j++) {
            if (!taken[j]) {
                double wordCost = anyPair && candidateKunya[j] ? UNPAIRED_CANDIDATE_COST : candidateCost;
                cost += wordCost * (conflict ? conflictWeight(c[j], wc[j]) : wc[j]);
            }
        }
        if (queryKunyas + candidateKunyas > 0 && anyPair && explain) {
            joinedNote = (joinedNote == null ? "" : joinedNote + "; ") + "kunya left out: "
                    + kunyaWords(q, queryKunya, c, candidateKunya);
        }
        double score = pairedWeight + cost == 0 ? 0 : paired / (pairedWeight + cost);
        String gluedNote = joinedNote;
        boolean wholeGlued = false;
        // "Bin Laden" and "Binladen": the same letters split into words differently. With as many words on both sides
        // the words were paired already, and long joined spellings look alike too easily ("Abdbasir", "Abdbari");
        // except for names of short syllables (Korean "Ri Jae Il", "Ri Che-il"), whose words alone say too little.
        // Split differently, the letters must stay nearly the same: Jaro-Winkler forgives a long shared start, and
        // "Fakhrizadeh Mohsen" is not "Fathi Zadeh Mohsen"
        if (score < 1 && q.length <= 3 && c.length <= 3 && (q.length > 1 || c.length > 1)) {
            boolean syllabic = isSyllabic(q) && isSyllabic(c);
            String gluedQuery = q.length != c.length || syllabic ? String.join("", q) : null;
            String gluedCandidate = gluedQuery == null ? null : String.join("", c);
            if (gluedQuery != null
                    && Math.abs(gluedQuery.length() - gluedCandidate.length()) <= Math.max(1, gluedQuery.length() / 8)
                    && (syllabic || resplitLetters.apply(gluedQuery, gluedCandidate) >= 0)) {
                double whole = agreement(jaroWinkler.apply(gluedQuery, gluedCandidate));
                if (whole > score) {
                    score = whole;
                    evidence = Math.max(evidence, whole * Math.min(sum(wq), sum(wc)));
                    gluedNote = "written as one word: " + String.format(Locale.ROOT, "%.2f", whole);
                    wholeGlued = true;
                }
            }
        }
        String detail = explain ? detail(q, c, sim, pairOf, taken, gluedNote) : "";
        if (wholeGlued) {
            // the whole names compared as one word: nothing is left over
            return new NameScore(score, evidence, detail, 1, 1, 1, 1);
        }
        int queryWords = 0;
        int queryWordsPaired = 0;
        for (int i = 0; i < q.length; i++) {
            if (countable(q[i], pairOf[i] != -1, queryKunya[i])) {
                queryWords++;
                queryWordsPaired += pairOf[i] != -1 ? 1 : 0;
            }
        }
        int candidateWords = 0;
        int candidateWordsPaired = 0;
        for (int j = 0; j < c.length; j++) {
            if (countable(c[j], taken[j], candidateKunya[j])) {
                candidateWords++;
                candidateWordsPaired += taken[j] ? 1 : 0;
            }
        }
        return new NameScore(score, evidence, detail, Math.max(queryWords, 1), queryWords == 0 ? 1 : queryWordsPaired,
                Math.max(candidateWords, 1), candidateWords == 0 ? 1 : candidateWordsPaired);
    }

    /**
     * A name's words with neighbours joined where, joined, they are one word of the other name: two or three words
     * whose letters, run together, are that word (allowing a slip), and closer to it than the first of them alone.
     * The joined word weighs as its heaviest part.
     */
    private record Glued(String[] words, double[] weights) {

        /** Joined words must be at least this alike to the other name's word. */
        private static final double SAME_WHEN_JOINED = 0.97;

        static Glued of(String[] own, double[] weight, String[] other, WordSimilarity similarity, boolean abjad) {
            if (own.length < 2) {
                return null;
            }
            List<String> words = null;
            List<Double> weights = null;
            int i = 0;
            while (i < own.length) {
                int joined = 0;
                String as = null;
                for (int run = Math.min(3, own.length - i); run >= 2 && joined == 0; run--) {
                    int letters = 0;
                    for (int k = i; k < i + run; k++) {
                        letters += own[k].length();
                    }
                    for (String word : other) {
                        if (word.length() < letters - 1 || word.length() > letters + 1 || word.charAt(0) != own[i].charAt(0)
                                || !word.regionMatches(0, own[i], 0, Math.min(3, own[i].length()))) {
                            continue;
                        }
                        StringBuilder together = new StringBuilder(letters);
                        for (int k = i; k < i + run; k++) {
                            together.append(own[k]);
                        }
                        String t = together.toString();
                        double s = t.equals(word) ? 1 : similarity.similarity(t, word, abjad);
                        if (s >= SAME_WHEN_JOINED && s > similarity.similarity(own[i], word, abjad)) {
                            joined = run;
                            as = word.equals(t) ? word : t;
                            break;
                        }
                    }
                }
                if (joined > 0 && words == null) {
                    words = new java.util.ArrayList<>(own.length);
                    weights = new java.util.ArrayList<>(own.length);
                    for (int k = 0; k < i; k++) {
                        words.add(own[k]);
                        weights.add(weight[k]);
                    }
                }
                if (joined > 0) {
                    double heaviest = 0;
                    for (int k = i; k < i + joined; k++) {
                        heaviest = Math.max(heaviest, weight[k]);
                    }
                    words.add(as);
                    weights.add(heaviest);
                    i += joined;
                } else {
                    if (words != null) {
                        words.add(own[i]);
                        weights.add(weight[i]);
                    }
                    i++;
                }
            }
            if (words == null) {
                return null;
            }
            double[] w = new double[weights.size()];
            for (int k = 0; k < w.length; k++) {
                w[k] = weights.get(k);
            }
            return new Glued(words.toArray(String[]::new), w);
        }
    }

    /**
     * What a word left without partner weighs against the match when both names have such words ("Hasan X" and
     * "Ahmad X"). Agreeing on a common name proves little, so it weighs little when paired; but two different common
     * names tell two people apart as well as any other words do, so here they weigh at least an ordinary word. (A
     * name merely left out, as a middle name often is, keeps its rarity weight.)
     */
    private double conflictWeight(String word, double weight) {
        if (vocabulary != null && weight < TokenWeights.ORDINARY && vocabulary.isCommonName(word)) {
            return TokenWeights.ORDINARY;
        }
        return weight;
    }

    /**
     * Whether a word counts towards how much of a name is covered: particles, legal forms and titles say little about
     * who is meant, and a kunya left out is a byname one side omits. A paired word always counts.
     */
    private boolean countable(String word, boolean paired, boolean unpairedKunya) {
        if (paired) {
            return true;
        }
        if (vocabulary == null) {
            return true;
        }
        return !unpairedKunya && vocabulary.particleWeight(word) < 0 && !vocabulary.isOrgForm(word)
                && !vocabulary.isTitle(word);
    }

    /** Which words without partner are kunyas ({@code unpaired} marks: pairOf -1 for the query, !taken for the other). */
    private boolean[] kunyas(String[] words, int[] pairOf) {
        boolean[] out = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = pairOf[i] == -1 && vocabulary != null && vocabulary.isKunya(words[i]);
        }
        return out;
    }

    private boolean[] kunyas(String[] words, boolean[] taken) {
        boolean[] out = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = !taken[i] && vocabulary != null && vocabulary.isKunya(words[i]);
        }
        return out;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    private static String kunyaWords(String[] q, boolean[] qk, String[] c, boolean[] ck) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q.length; i++) {
            if (qk[i]) {
                out.append(out.length() > 0 ? ", " : "").append(q[i]).append(" (query)");
            }
        }
        for (int j = 0; j < c.length; j++) {
            if (ck[j]) {
                out.append(out.length() > 0 ? ", " : "").append(c[j]);
            }
        }
        return out.toString();
    }

    /** Longest average word length of a name written in syllables (Korean, Chinese given names). */
    private static final double SYLLABLE_LENGTH = 4.0;

    private static boolean isSyllabic(String[] words) {
        int letters = 0;
        for (String w : words) {
            letters += w.length();
        }
        return letters <= SYLLABLE_LENGTH * words.length;
    }

    /** Whether a normalised word may be an acronym: a few letters, no digits. */
    public static boolean isAcronymLike(String word) {
        if (word.length() < MIN_ACRONYM || word.length() > MAX_ACRONYM) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch < 'a' || ch > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * The consecutive free words of {@code words} whose initials spell {@code acronym}, as [from, to), or null.
     * Particles ("of", "and", "de") may be skipped, as acronyms usually leave them out.
     */
    private int[] spelledRun(String acronym, String[] words, boolean[] used) {
        for (int start = 0; start + 1 < words.length; start++) {
            int letter = 0;
            int k = start;
            while (k < words.length && !used[k] && letter < acronym.length()) {
                if (vocabulary.initials(words[k]).indexOf(acronym.charAt(letter)) >= 0) {
                    letter++;
                } else if (k == start || vocabulary.particleWeight(words[k]) < 0) {
                    break;
                }
                k++;
            }
            if (letter == acronym.length()) {
                return new int[] {start, k};
            }
        }
        return null;
    }

    /**
     * The acronyms a name's words could be written as: the initials of its words other than connecting particles
     * ("of", "de"; titles such as "General" are spelled), and those
     * initials cut after each word from the third on (trailing legal forms are often left out). Empty for names of
     * fewer than {@link #MIN_ACRONYM} such words.
     */
    public static List<String> acronymsOf(List<String> tokens, NameVocabulary vocabulary) {
        // a word compared in its English or canonical form ("army" for "ejercito") is spelled by the initial of any of
        // its forms: ELN, Ejercito de Liberacion Nacional
        List<StringBuilder> spellings = new java.util.ArrayList<>();
        spellings.add(new StringBuilder());
        for (String token : tokens) {
            boolean connecting = vocabulary.particleWeight(token) >= 0 && !vocabulary.isTitle(token);
            if (connecting || token.isEmpty() || spellings.get(0).length() >= MAX_ACRONYM) {
                continue;
            }
            String initials = vocabulary.initials(token);
            int before = spellings.size();
            for (int k = 1; k < initials.length() && spellings.size() * 2 <= MAX_ACRONYM_SPELLINGS; k++) {
                for (int s = 0; s < before; s++) {
                    spellings.add(new StringBuilder(spellings.get(s)).append(initials.charAt(k)));
                }
            }
            for (int s = 0; s < before; s++) {
                spellings.get(s).append(initials.charAt(0));
            }
        }
        List<String> out = new java.util.ArrayList<>();
        for (StringBuilder spelling : spellings) {
            for (int n = MIN_ACRONYM; n <= spelling.length(); n++) {
                String acronym = spelling.substring(0, n);
                if (!out.contains(acronym)) {
                    out.add(acronym);
                }
            }
        }
        return out;
    }

    /** Most spellings of one name's initials that {@link #acronymsOf} gives, when words have forms of other initials. */
    private static final int MAX_ACRONYM_SPELLINGS = 8;

    /** Maps a word similarity to how much the pair counts as the same word. */
    public static double agreement(double similarity) {
        if (similarity >= SAME_WORD) {
            return 1.0;
        }
        return Math.max(0, (similarity - PAIRING_FLOOR) / (SAME_WORD - PAIRING_FLOOR));
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static String detail(String[] q, String[] c, double[] sim, int[] pairOf, boolean[] taken, String note) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q.length; i++) {
            if (pairOf[i] >= 0) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(q[i]).append('~').append(c[pairOf[i]])
                        .append(String.format(Locale.ROOT, " %.2f", sim[i * c.length + pairOf[i]]));
            }
        }
        StringBuilder unpaired = new StringBuilder();
        for (int i = 0; i < q.length; i++) {
            if (pairOf[i] == -1) {
                unpaired.append(unpaired.length() > 0 ? ", " : "").append(q[i]).append(" (query)");
            }
        }
        for (int j = 0; j < c.length; j++) {
            if (!taken[j]) {
                unpaired.append(unpaired.length() > 0 ? ", " : "").append(c[j]);
            }
        }
        if (unpaired.length() > 0) {
            out.append(out.length() > 0 ? "; " : "").append("unpaired: ").append(unpaired);
        }
        if (note != null) {
            out.append("; ").append(note);
        }
        return out.toString();
    }
}
