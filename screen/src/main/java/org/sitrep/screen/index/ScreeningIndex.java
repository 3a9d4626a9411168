package org.sitrep.screen.index;

import org.sitrep.lists.ListEntity;
import org.sitrep.screen.names.NameNormalizer;
import org.sitrep.screen.names.NameScorer;
import org.sitrep.screen.names.ScriptRenderings;
import org.sitrep.screen.names.NormalizedName;
import org.sitrep.screen.names.TokenSimilarity;
import org.sitrep.screen.names.TokenWeights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of listed parties, organised so that a query finds its likely matches without being compared with every
 * name. Each normalised word of each name goes into an inverted index; a query word reaches the listed words it
 * resembles through a few keys (first three letters, also of the name inside a compound such as "Abu Makaburi";
 * Double Metaphone; consonant skeleton; Korean syllable in either romanisation), neighbouring query words reach the
 * listed word they spell together, and listed names collect the rarity-weighted agreement of their words. Only the
 * best-collecting names go on to full comparison, plus a few reached through acronyms.
 *
 * <p>Storage is compact so that a million names fit in well under 200 MB: words are numbered once, names are runs of
 * word numbers in one int array, texts are UTF-8 in one byte array, and party details are packed arrays.
 *
 * <p>Build with {@link #builder}; a built index is immutable and may be searched from several threads.
 */
public final class ScreeningIndex implements TokenWeights {

    /** Which name of a party a listed name is. */
    public enum NameKind { PRIMARY, STRONG_ALIAS, WEAK_ALIAS, PREVIOUS,
        /** A strong name of the party as the script its nationality implies would romanise it (Cyrillic). */
        TRANSLITERATED }

    /** Names reached through acronyms that join the candidates even when other names collected more. */
    private static final int ACRONYM_CANDIDATES = 5;
    /** Words in more names than this (after the rarest query word) do not nominate candidates on their own. */
    private static final int MIN_POSTINGS_CAP = 2000;
    /** Smoothing of word rarity (see {@link #idf}). */
    private static final int RARITY_PRIOR_NAMES = 5000;

    private final NameNormalizer normalizer;
    private final TokenSimilarity similarity;

    private final String[] words;
    private final Map<String, Integer> wordIds;
    private final float[] wordWeights;
    private final int[] postingStart;
    private final int[] postings;
    private final Map<String, int[]> byPrefix;
    private final Map<String, int[]> byPhonetic;
    private final Map<String, int[]> byConsonants;
    /** Short words by their romanised syllable with McCune-Reischauer and Revised spellings made one (chin, jin). */
    private final Map<String, int[]> bySyllable;
    /** Names of organisations by the acronyms their words could be written as (see {@link NameScorer#acronymsOf}). */
    private final Map<String, int[]> byAcronym;

    private final int[] nameWordStart;
    private final int[] nameWords;
    private final int[] nameEntity;
    private final byte[] nameFlags;
    private final StringPool nameTexts;

    private final List<String> lists;
    private final byte[] entityList;
    private final StringPool entityIds;
    private final byte[] entitySchema;
    private final List<String> schemas;
    private final int[] entityPrimaryName;
    private final int[] entityDateStart;
    private final long[] entityDates;
    private final int[] entityCountryStart;
    private final short[] entityCountries;
    private final List<String> countryCodes;
    private final Map<String, int[]> identifiers;
    private final float unknownWordWeight;
    private final ThreadLocal<Scratch> scratch;
    private final java.util.concurrent.ConcurrentHashMap<String, WordHits> expansions = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_EXPANSIONS = 100_000;

    private ScreeningIndex(Builder b) {
        normalizer = b.normalizer;
        similarity = new TokenSimilarity(normalizer.vocabulary());
        int nameCount = b.nameEntity.size();
        words = b.words.toArray(String[]::new);
        wordIds = b.wordIds;
        int[] df = new int[words.length];
        int[] flatWords = b.nameWords.toArray();
        for (int w : flatWords) {
            df[w]++;
        }
        postingStart = new int[words.length + 1];
        for (int w = 0; w < words.length; w++) {
            postingStart[w + 1] = postingStart[w] + df[w];
        }
        postings = new int[flatWords.length];
        int[] fill = Arrays.copyOf(postingStart, words.length);
        nameWordStart = b.nameWordStart.toArray();
        for (int n = 0; n < nameCount; n++) {
            for (int k = nameWordStart[n]; k < nameWordStart[n + 1]; k++) {
                postings[fill[flatWords[k]]++] = n;
            }
        }
        nameWords = flatWords;
        wordWeights = new float[words.length];
        for (int w = 0; w < words.length; w++) {
            wordWeights[w] = (float) (idf(nameCount, df[w]) * TokenWeights.kindFactor(normalizer.vocabulary(), words[w]));
        }
        unknownWordWeight = (float) idf(nameCount, 1);
        Map<String, IntList> prefix = new HashMap<>();
        Map<String, IntList> phonetic = new HashMap<>();
        Map<String, IntList> consonants = new HashMap<>();
        Map<String, IntList> syllables = new HashMap<>();
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.length() < 2) {
                continue;
            }
            prefix.computeIfAbsent(word.substring(0, Math.min(3, word.length())), k -> new IntList(4)).add(w);
            // "Abu Makaburi" is found by "Makaburi" (see TokenSimilarity#compoundPart)
            String inner = similarity.compoundName(word);
            if (inner != null) {
                prefix.computeIfAbsent(inner.substring(0, 3), k -> new IntList(4)).add(w);
            }
            String key = similarity.phoneticKey(word);
            if (!key.isEmpty()) {
                phonetic.computeIfAbsent(key, k -> new IntList(4)).add(w);
            }
            String skeleton = TokenSimilarity.consonants(word);
            if (skeleton.length() >= 2) {
                consonants.computeIfAbsent(skeleton, k -> new IntList(4)).add(w);
            }
            String syllable = syllableKey(word);
            if (syllable != null) {
                syllables.computeIfAbsent(syllable, k -> new IntList(2)).add(w);
            }
        }
        byPrefix = freeze(prefix);
        byPhonetic = freeze(phonetic);
        byConsonants = freeze(consonants);
        bySyllable = freeze(syllables);
        byAcronym = freeze(b.acronyms);
        nameEntity = b.nameEntity.toArray();
        nameFlags = Arrays.copyOf(b.nameFlags, nameCount);
        nameTexts = b.nameTexts;
        nameTexts.trim();
        lists = List.copyOf(b.lists);
        int entityCount = b.entityIds.size();
        entityList = Arrays.copyOf(b.entityList, entityCount);
        entityIds = b.entityIds;
        entityIds.trim();
        entitySchema = Arrays.copyOf(b.entitySchema, entityCount);
        schemas = List.copyOf(b.schemas);
        entityPrimaryName = b.entityPrimaryName.toArray();
        entityDateStart = b.entityDateStart.toArray();
        entityDates = Arrays.copyOf(b.entityDates, b.dateCount);
        entityCountryStart = b.entityCountryStart.toArray();
        entityCountries = Arrays.copyOf(b.entityCountries, b.countryCount);
        countryCodes = List.copyOf(b.countryCodes);
        identifiers = new HashMap<>();
        b.identifiers.forEach((k, v) -> identifiers.put(k, v.toArray()));
        scratch = ThreadLocal.withInitial(() -> new Scratch(nameCount));
    }

    /** The key of a short word in {@link #bySyllable}, or null when it is not short or the key is the word's prefix. */
    private static String syllableKey(String word) {
        if (word.length() > TokenSimilarity.MAX_SYLLABLE) {
            return null;
        }
        String key = TokenSimilarity.syllable(word);
        return key.regionMatches(0, word, 0, Math.min(3, word.length())) ? null : key;
    }

    private static double idf(int names, int df) {
        // as if every list had a few thousand more names none of which holds the word: a tiny list then treats its
        // words as rare instead of as common, and large lists are hardly affected
        return Math.log(1.0 + (double) (names + RARITY_PRIOR_NAMES) / Math.max(df, 1));
    }

    private static Map<String, int[]> freeze(Map<String, IntList> lists) {
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /** A builder that normalises names with {@code normalizer}. */
    public static Builder builder(NameNormalizer normalizer) {
        return new Builder(normalizer);
    }

    /** The normalizer names were indexed with; queries must use the same. */
    public NameNormalizer normalizer() {
        return normalizer;
    }

    /** The weight of a word from its rarity among the indexed names (words never seen count as rarest). */
    @Override
    public double weight(String token) {
        Integer id = wordIds.get(token);
        if (id != null) {
            return wordWeights[id];
        }
        return unknownWordWeight * TokenWeights.kindFactor(normalizer.vocabulary(), token);
    }

    public int nameCount() {
        return nameEntity.length;
    }

    public int entityCount() {
        return entityList.length;
    }

    /** Distinct normalised words across all names. */
    public int wordCount() {
        return words.length;
    }

    /**
     * The numbers of the names most likely to match, best first, at most {@code limit}. Names of kind
     * {@link NameKind#WEAK_ALIAS} are left out when {@code weakAliases} is false.
     */
    public int[] candidates(NormalizedName query, int limit, boolean weakAliases) {
        return candidates(query, limit, weakAliases, true);
    }

    /**
     * As {@link #candidates(NormalizedName, int, boolean)}; {@code acronyms} also lets the query reach organisations
     * through acronyms (leave it false for a person).
     */
    public int[] candidates(NormalizedName query, int limit, boolean weakAliases, boolean acronyms) {
        Scratch s = scratch.get();
        s.reset();
        List<WordHits> hits = new ArrayList<>();
        java.util.Set<String> words = new java.util.LinkedHashSet<>(query.tokens());
        // "Aero-Caribbean" and "Aerocaribbean": neighbouring query words may be one listed word, as written
        List<String> tokens = query.tokens();
        for (int i = 0; i + 1 < tokens.size() && !query.abjad(); i++) {
            String joined = tokens.get(i) + tokens.get(i + 1);
            Integer w = tokens.get(i).length() >= 2 && tokens.get(i + 1).length() >= 2 ? wordIds.get(joined) : null;
            if (w != null && !words.contains(joined)) {
                WordHits wh = new WordHits();
                wh.add(w, wordWeights[w], postingStart[w + 1] - postingStart[w]);
                hits.add(wh);
            }
        }
        for (String token : words) {
            if (token.length() < 2) {
                continue; // initials nominate nearly every name
            }
            WordHits wh = expand(token, query.abjad());
            if (wh.size() > 0) {
                hits.add(wh);
            }
        }
        hits.sort((a, b) -> Double.compare(b.maxWeight, a.maxWeight));
        int cap = Math.max(MIN_POSTINGS_CAP, nameCount() / 50);
        boolean nominated = false;
        for (WordHits wh : hits) {
            if (nominated && wh.postingCount > cap) {
                continue;
            }
            nominated = true;
            // best-agreeing listed words first; on large lists the budget stops the long tail of near spellings
            long budget = cap;
            for (int k = 0; k < wh.size() && budget > 0; k++) {
                int w = wh.words.get(k);
                float gain = wh.gains[k];
                for (int p = postingStart[w]; p < postingStart[w + 1]; p++) {
                    s.add(postings[p], gain);
                }
                budget -= postingStart[w + 1] - postingStart[w];
            }
        }
        if (!acronyms) {
            return s.top(limit, weakAliases ? null : this);
        }
        IntList byAcronyms = new IntList(8);
        nominateAcronyms(query, s, byAcronyms);
        int[] top = s.top(limit, weakAliases ? null : this);
        if (byAcronyms.size() == 0) {
            return top;
        }
        // an acronym is one word against many: names reached through one would rarely collect as much as long names
        // sharing several common words ("National Iranian Oil Company" for NIOEC), so a few of them always go on
        java.util.Set<Integer> chosen = new java.util.HashSet<>();
        for (int name : top) {
            chosen.add(name);
        }
        IntList reached = new IntList(byAcronyms.size());
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < byAcronyms.size(); i++) {
            if (!chosen.contains(byAcronyms.get(i)) && seen.add(byAcronyms.get(i))) {
                reached.add(byAcronyms.get(i));
            }
        }
        int[] extra = s.topOf(reached, ACRONYM_CANDIDATES, weakAliases ? null : this);
        IntList out = new IntList(top.length + extra.length);
        for (int name : top) {
            out.add(name);
        }
        for (int name : extra) {
            if (chosen.add(name)) {
                out.add(name);
            }
        }
        return out.toArray();
    }

    /**
     * A query word that is an organisation's acronym ("IRGC") reaches the names it abbreviates, and a query's
     * initials reach listed names written as that acronym. Both count as much as a rare word.
     */
    private void nominateAcronyms(NormalizedName query, Scratch s, IntList reached) {
        java.util.Set<String> tokens = new java.util.LinkedHashSet<>(query.tokens());
        float gain = (float) (unknownWordWeight * NameScorer.ACRONYM_AGREEMENT);
        for (String token : tokens) {
            if (NameScorer.isAcronymLike(token)) {
                addAll(byAcronym.get(token), gain, s, reached);
            }
        }
        // the initials of any run of the query's words: "Flores Drug Trafficking Organization" is "Flores DTO"
        java.util.Set<String> spelled = new java.util.HashSet<>();
        List<String> all = query.tokens();
        for (int from = 0; from + NameScorer.MIN_ACRONYM <= all.size(); from++) {
            for (String acronym : NameScorer.acronymsOf(all.subList(from, all.size()), normalizer.vocabulary())) {
                Integer w = tokens.contains(acronym) || !spelled.add(acronym) ? null : wordIds.get(acronym);
                if (w != null) {
                    float spelledGain = (float) (wordWeights[w] * NameScorer.ACRONYM_AGREEMENT);
                    for (int p = postingStart[w]; p < postingStart[w + 1]; p++) {
                        s.add(postings[p], spelledGain);
                        reached.add(postings[p]);
                    }
                }
            }
        }
    }

    private static void addAll(int[] names, float gain, Scratch s, IntList reached) {
        if (names != null) {
            for (int name : names) {
                s.add(name, gain);
                reached.add(name);
            }
        }
    }

    /** The listed words a query word may stand for (remembered: the same words recur across queries). */
    private WordHits expand(String token, boolean abjad) {
        String key = abjad ? token + '\u0001' : token;
        WordHits known = expansions.get(key);
        if (known == null) {
            known = computeExpansion(token, abjad);
            if (expansions.size() < MAX_REMEMBERED_EXPANSIONS) {
                expansions.put(key, known);
            }
        }
        return known;
    }

    private WordHits computeExpansion(String token, boolean abjad) {
        WordHits out = new WordHits();
        // a rare spelling near a common query word ("aziza" for "aziz") is worth no more than the query word itself,
        // or it would push the names holding the very word out of the candidates
        float queryWeight = (float) weight(token);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        Integer exact = wordIds.get(token);
        if (exact != null) {
            seen.add(exact);
            out.add(exact, wordWeights[exact], postingStart[exact + 1] - postingStart[exact]);
        }
        String inner = similarity.compoundName(token);
        String syllable = token.length() <= TokenSimilarity.MAX_SYLLABLE ? TokenSimilarity.syllable(token) : null;
        int[][] groups = {
                byPrefix.get(token.substring(0, Math.min(3, token.length()))),
                byPhonetic.get(similarity.phoneticKey(token)),
                byConsonants.get(TokenSimilarity.consonants(token)),
                inner == null ? null : byPrefix.get(inner.substring(0, 3)),
                syllable == null ? null : bySyllable.get(syllable),
                syllable == null ? null : byPrefix.get(syllable.substring(0, Math.min(3, syllable.length())))};
        for (int[] group : groups) {
            if (group == null) {
                continue;
            }
            for (int w : group) {
                if (!seen.add(w)) {
                    continue;
                }
                double agreement = NameScorer.agreement(similarity.similarity(token, words[w], abjad));
                if (agreement > 0) {
                    out.add(w, (float) (agreement * Math.min(queryWeight, wordWeights[w])), postingStart[w + 1] - postingStart[w]);
                }
            }
        }
        out.sortByGain();
        return out;
    }

    /** The normalised form of a listed name, as the index holds it. */
    public NormalizedName normalizedName(int name) {
        String[] tokens = new String[nameWordStart[name + 1] - nameWordStart[name]];
        for (int k = 0; k < tokens.length; k++) {
            tokens[k] = words[nameWords[nameWordStart[name] + k]];
        }
        return new NormalizedName(nameText(name), List.of(tokens), (nameFlags[name] & 1) != 0);
    }

    public String nameText(int name) {
        return nameTexts.get(name);
    }

    public NameKind nameKind(int name) {
        return NameKind.values()[nameFlags[name] >> 1];
    }

    public int entityOf(int name) {
        return nameEntity[name];
    }

    public String listOf(int entity) {
        return lists.get(entityList[entity]);
    }

    public String entityId(int entity) {
        return entityIds.get(entity);
    }

    public String schemaOf(int entity) {
        return schemas.get(entitySchema[entity]);
    }

    public String primaryName(int entity) {
        return nameText(entityPrimaryName[entity]);
    }

    /** Birth dates as {@link BirthDates} ranges. */
    public long[] birthDates(int entity) {
        return Arrays.copyOfRange(entityDates, entityDateStart[entity], entityDateStart[entity + 1]);
    }

    /** Nationalities as ISO alpha-2 codes (as written where the list gave no code). */
    public List<String> countries(int entity) {
        List<String> out = new ArrayList<>();
        for (int k = entityCountryStart[entity]; k < entityCountryStart[entity + 1]; k++) {
            out.add(countryCodes.get(entityCountries[k]));
        }
        return out;
    }

    /** Parties holding an identity or registration number (compared without spaces, dashes or case). */
    public int[] entitiesWithIdentifier(String number) {
        int[] found = identifiers.get(identifierKey(number));
        return found == null ? new int[0] : found.clone();
    }

    /** Every name of a party. */
    public int[] namesOf(int entity) {
        IntList out = new IntList(4);
        // names of a party are added consecutively, starting with its primary name
        for (int n = entityPrimaryName[entity]; n < nameEntity.length && nameEntity[n] == entity; n++) {
            out.add(n);
        }
        return out.toArray();
    }

    static String identifierKey(String number) {
        return number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** Listed words a query word reaches, with their gains. */
    private static final class WordHits {
        final IntList words = new IntList(8);
        float[] gains = new float[8];
        float maxWeight;
        long postingCount;

        void add(int word, float gain, int postings) {
            if (words.size() == gains.length) {
                gains = Arrays.copyOf(gains, gains.length * 2);
            }
            gains[words.size()] = gain;
            words.add(word);
            maxWeight = Math.max(maxWeight, gain);
            postingCount += postings;
        }

        int size() {
            return words.size();
        }

        /** Orders the words by gain, highest first. */
        void sortByGain() {
            int n = words.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            float[] g = gains;
            Arrays.sort(order, (a, b) -> Float.compare(g[b], g[a]));
            int[] sortedWords = new int[n];
            float[] sortedGains = new float[n];
            for (int i = 0; i < n; i++) {
                sortedWords[i] = words.get(order[i]);
                sortedGains[i] = g[order[i]];
            }
            words.clear();
            for (int w : sortedWords) {
                words.add(w);
            }
            gains = sortedGains.length == 0 ? new float[8] : sortedGains;
        }
    }

    /** Per-thread accumulators, reused between queries. */
    private static final class Scratch {
        final float[] score;
        final IntList touched;

        Scratch(int names) {
            score = new float[names];
            touched = new IntList(1024);
        }

        void reset() {
            for (int i = 0; i < touched.size(); i++) {
                score[touched.get(i)] = 0;
            }
            touched.clear();
        }

        void add(int name, float gain) {
            if (score[name] == 0) {
                touched.add(name);
            }
            score[name] += gain;
        }

        /** The {@code limit} best-scoring names, best first, through a bounded min-heap. */
        int[] top(int limit, ScreeningIndex withoutWeak) {
            return topOf(touched, limit, withoutWeak);
        }

        /** The {@code limit} best-scoring of {@code names} (each once), best first. */
        int[] topOf(IntList names, int limit, ScreeningIndex withoutWeak) {
            float[] heapScore = new float[limit];
            int[] heapName = new int[limit];
            int size = 0;
            for (int i = 0; i < names.size(); i++) {
                int name = names.get(i);
                if (withoutWeak != null && withoutWeak.nameKind(name) == NameKind.WEAK_ALIAS) {
                    continue;
                }
                float value = score[name];
                if (size < limit) {
                    heapScore[size] = value;
                    heapName[size] = name;
                    siftUp(heapScore, heapName, size++);
                } else if (value > heapScore[0]) {
                    heapScore[0] = value;
                    heapName[0] = name;
                    siftDown(heapScore, heapName, size);
                }
            }
            int[] out = new int[size];
            for (int i = size - 1; i >= 0; i--) {
                out[i] = heapName[0];
                heapScore[0] = heapScore[i];
                heapName[0] = heapName[i];
                siftDown(heapScore, heapName, i);
            }
            return out;
        }

        private static void siftUp(float[] s, int[] n, int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (s[parent] <= s[i]) {
                    return;
                }
                swap(s, n, i, parent);
                i = parent;
            }
        }

        private static void siftDown(float[] s, int[] n, int size) {
            int i = 0;
            while (true) {
                int left = 2 * i + 1;
                int smallest = i;
                if (left < size && s[left] < s[smallest]) {
                    smallest = left;
                }
                if (left + 1 < size && s[left + 1] < s[smallest]) {
                    smallest = left + 1;
                }
                if (smallest == i) {
                    return;
                }
                swap(s, n, i, smallest);
                i = smallest;
            }
        }

        private static void swap(float[] s, int[] n, int a, int b) {
            float ts = s[a];
            s[a] = s[b];
            s[b] = ts;
            int tn = n[a];
            n[a] = n[b];
            n[b] = tn;
        }
    }

    /** Collects listed parties; {@link #build} makes the index. Not thread-safe. */
    public static final class Builder {
        private final NameNormalizer normalizer;
        private final Countries countryNames = new Countries();
        private final ScriptRenderings renderings = new ScriptRenderings();
        private final List<String> words = new ArrayList<>();
        private final Map<String, Integer> wordIds = new HashMap<>();
        private final IntList nameWords = new IntList(1 << 12);
        private final IntList nameWordStart = new IntList(1 << 10);
        private final IntList nameEntity = new IntList(1 << 10);
        private byte[] nameFlags = new byte[1 << 10];
        private final StringPool nameTexts = new StringPool();
        private final List<String> lists = new ArrayList<>();
        private byte[] entityList = new byte[1 << 10];
        private final StringPool entityIds = new StringPool();
        private byte[] entitySchema = new byte[1 << 10];
        private final List<String> schemas = new ArrayList<>();
        private final IntList entityPrimaryName = new IntList(1 << 10);
        private final IntList entityDateStart = new IntList(1 << 10);
        private long[] entityDates = new long[1 << 10];
        private int dateCount;
        private final IntList entityCountryStart = new IntList(1 << 10);
        private short[] entityCountries = new short[1 << 10];
        private int countryCount;
        private final List<String> countryCodes = new ArrayList<>();
        private final Map<String, Integer> countryIds = new HashMap<>();
        private final Map<String, IntList> identifiers = new HashMap<>();
        private final Map<String, IntList> acronyms = new HashMap<>();
        private boolean organisation;

        private Builder(NameNormalizer normalizer) {
            this.normalizer = normalizer;
            nameWordStart.add(0);
            entityDateStart.add(0);
            entityCountryStart.add(0);
        }

        /** Adds a listed party with all its names. */
        public Builder add(ListEntity entity) {
            int number = entityIds.size();
            entityIds.add(entity.id());
            entityList = grow(entityList, number);
            entityList[number] = (byte) indexOf(lists, entity.listId());
            entitySchema = grow(entitySchema, number);
            entitySchema[number] = (byte) indexOf(schemas, entity.schema());
            entityPrimaryName.add(nameEntity.size());
            // people are not known by acronyms; sparing their names keeps large lists of people small
            organisation = entity.schema() != null && !entity.schema().equalsIgnoreCase("Person");
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<String> primary = separateNames(entity.name());
            addName(number, primary.isEmpty() ? entity.name() : primary.get(0), NameKind.PRIMARY, seen, true);
            for (int i = 1; i < primary.size(); i++) {
                addName(number, primary.get(i), NameKind.STRONG_ALIAS, seen, false);
            }
            entity.strongAliases().forEach(n -> separateNames(n).forEach(
                    one -> addName(number, one, NameKind.STRONG_ALIAS, seen, false)));
            entity.previousNames().forEach(n -> separateNames(n).forEach(
                    one -> addName(number, one, NameKind.PREVIOUS, seen, false)));
            entity.weakAliases().forEach(n -> separateNames(n).forEach(
                    one -> addName(number, one, NameKind.WEAK_ALIAS, seen, false)));
            if (entity.nationalities().stream().map(c -> countryNames.code(c) != null ? countryNames.code(c) : c)
                    .anyMatch(renderings::writtenInCyrillic)) {
                List<String> strong = new ArrayList<>(primary);
                entity.strongAliases().forEach(n -> strong.addAll(separateNames(n)));
                for (String name : strong) {
                    if (isLatin(name)) {
                        addName(number, name, renderings.viaCyrillic(name), NameKind.TRANSLITERATED, seen);
                    }
                }
            }
            for (String date : entity.birthDates()) {
                long range = BirthDates.parse(date);
                if (range >= 0) {
                    if (dateCount == entityDates.length) {
                        entityDates = Arrays.copyOf(entityDates, dateCount * 2);
                    }
                    entityDates[dateCount++] = range;
                }
            }
            entityDateStart.add(dateCount);
            for (String nationality : entity.nationalities()) {
                String code = countryNames.code(nationality);
                String value = code != null ? code : nationality;
                Integer id = countryIds.computeIfAbsent(value, k -> {
                    countryCodes.add(k);
                    return countryCodes.size() - 1;
                });
                if (countryCount == entityCountries.length) {
                    entityCountries = Arrays.copyOf(entityCountries, countryCount * 2);
                }
                entityCountries[countryCount++] = (short) (int) id;
            }
            entityCountryStart.add(countryCount);
            for (ListEntity.Identifier identifier : entity.identifiers()) {
                String key = identifierKey(identifier.number() == null ? "" : identifier.number());
                if (key.length() >= 4) {
                    identifiers.computeIfAbsent(key, k -> new IntList(1)).add(number);
                }
            }
            return this;
        }

        private static boolean isLatin(String text) {
            return text.codePoints().filter(Character::isLetter)
                    .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
        }

        /** A name shown as {@code text} but compared as {@code spelling}, when that spelling is new for the party. */
        private void addName(int entity, String text, String spelling, NameKind kind, java.util.Set<String> seen) {
            NormalizedName normalized = normalizer.normalize(spelling);
            if (!normalized.isEmpty() && seen.add(normalized.folded())) {
                addNormalized(entity, text, normalized, kind);
            }
        }

        private void addName(int entity, String text, NameKind kind, java.util.Set<String> seen, boolean always) {
            if (text == null || text.isBlank()) {
                if (!always) {
                    return;
                }
                text = "";
            }
            NormalizedName normalized = normalizer.normalize(text);
            if (!seen.add(normalized.folded()) && !always) {
                return;
            }
            addNormalized(entity, text, normalized, kind);
        }

        private void addNormalized(int entity, String text, NormalizedName normalized, NameKind kind) {
            int name = nameEntity.size();
            nameEntity.add(entity);
            nameFlags = grow(nameFlags, name);
            nameFlags[name] = (byte) ((kind.ordinal() << 1) | (normalized.abjad() ? 1 : 0));
            nameTexts.add(text);
            for (String token : normalized.tokens()) {
                Integer id = wordIds.get(token);
                if (id == null) {
                    id = words.size();
                    String interned = token.intern();
                    words.add(interned);
                    wordIds.put(interned, id);
                }
                nameWords.add(id);
            }
            nameWordStart.add(nameWords.size());
            if (organisation) {
                for (String acronym : NameScorer.acronymsOf(normalized.tokens(), normalizer.vocabulary())) {
                    IntList names = acronyms.computeIfAbsent(acronym, k -> new IntList(1));
                    if (names.size() == 0 || names.get(names.size() - 1) != name) {
                        names.add(name);
                    }
                }
            }
        }

        /**
         * Lists sometimes put several spellings in one name field ({@code Javad Rahigi; Jawad Rahigi}); each is a name
         * of its own, or a query for one spelling would have to match all of them.
         */
        private static List<String> separateNames(String text) {
            if (text == null || text.indexOf(';') < 0) {
                return text == null ? List.of() : List.of(text);
            }
            List<String> out = new ArrayList<>();
            for (String piece : text.split(";")) {
                if (!piece.isBlank()) {
                    out.add(piece.trim());
                }
            }
            return out;
        }

        private static int indexOf(List<String> values, String value) {
            int at = values.indexOf(value);
            if (at < 0) {
                values.add(value);
                at = values.size() - 1;
            }
            if (at > 127) {
                throw new IllegalStateException("more than 128 lists or schemas");
            }
            return at;
        }

        private static byte[] grow(byte[] array, int index) {
            return index < array.length ? array : Arrays.copyOf(array, array.length * 2);
        }

        /** The index of everything added so far. */
        public ScreeningIndex build() {
            return new ScreeningIndex(this);
        }
    }
}
