package org.sitrep.screen;

import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.index.ScreeningIndex;
import org.sitrep.screen.names.NameNormalizer;
import org.sitrep.screen.names.NameScore;
import org.sitrep.screen.names.NameScorer;
import org.sitrep.screen.names.NameVocabulary;
import org.sitrep.screen.names.NormalizedName;
import org.sitrep.screen.names.OfacScorer;
import org.sitrep.screen.names.TokenSimilarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Screens parties against sanctions lists: finds the listed parties whose names (in any script, any word order,
 * any transliteration) resemble a query's, and scores each with an explanation.
 *
 * <pre>{@code
 * List<ListSnapshot> lists = new ListReader().readAll(Path.of("lists/"));
 * Screener screener = Screener.of(lists, ScreeningSettings.defaults());
 * for (Match m : screener.screen(Query.ofName("Turki al-Benali"))) {
 *     System.out.println(m.list() + " " + m.id() + " " + m.score() + " " + m.match());
 * }
 * }</pre>
 *
 * <p>A screener may be used from several threads at once.
 */
public final class Screener {

    /** How many listed names go on to full comparison per query. */
    private static final int CANDIDATE_NAMES = 40;

    private final ScreeningIndex index;
    private final ScreeningSettings settings;
    private final NameScorer scorer;
    private final OfacScorer ofac = new OfacScorer();
    private final Evidence evidence;
    /** The lowest name score (after rarity) that can still reach the review threshold with the best other facts. */
    private final double leastReviewableName;

    public Screener(ScreeningIndex index, ScreeningSettings settings) {
        this(index, settings, ScoringTable.standard());
    }

    /** A screener scoring with another table (a refit under evaluation). */
    public Screener(ScreeningIndex index, ScreeningSettings settings, ScoringTable table) {
        this(index, settings, new Evidence(table), new NameScorer(index.normalizer().vocabulary()));
    }

    private Screener(ScreeningIndex index, ScreeningSettings settings, Evidence evidence, NameScorer scorer) {
        this.index = index;
        this.settings = settings;
        this.scorer = scorer;
        this.evidence = evidence;
        this.leastReviewableName = evidence.leastReviewableName(settings.reviewThreshold());
    }

    /** Indexes the parties of {@code lists} with the standard vocabulary. */
    public static Screener of(List<ListSnapshot> lists, ScreeningSettings settings) {
        ScreeningIndex.Builder builder = ScreeningIndex.builder(new NameNormalizer(NameVocabulary.standard()));
        for (ListSnapshot list : lists) {
            for (ListEntity entity : list.entities()) {
                builder.add(entity);
            }
        }
        return new Screener(builder.build(), settings);
    }

    public ScreeningIndex index() {
        return index;
    }

    public ScreeningSettings settings() {
        return settings;
    }

    /**
     * The same index with other settings, sharing this screener's name scorer (and what it has learnt of words), so
     * that a per-request threshold costs nothing.
     */
    public Screener withSettings(ScreeningSettings other) {
        return new Screener(index, other, evidence, scorer);
    }

    /**
     * Listed parties resembling the query, best first: those scoring at least the review threshold, at most the
     * settings' limit.
     */
    public List<Match> screen(Query query) {
        if (query.name().isBlank() && query.identifiers().isEmpty()) {
            return List.of();
        }
        NormalizedName name = index.normalizer().normalize(query.name());
        boolean weak = settings.weakAliases() != WeakAliasPolicy.IGNORE;
        int[] candidates = index.candidates(name, CANDIDATE_NAMES, weak, !isPerson(query.schema()));
        Map<Integer, List<Integer>> namesByEntity = new HashMap<>();
        for (int candidate : candidates) {
            namesByEntity.computeIfAbsent(index.entityOf(candidate), e -> new ArrayList<>()).add(candidate);
        }
        for (String identifier : query.identifiers()) {
            for (int entity : index.entitiesWithIdentifier(identifier)) {
                List<Integer> names = namesByEntity.computeIfAbsent(entity, e -> new ArrayList<>());
                if (names.isEmpty()) {
                    for (int n : index.namesOf(entity)) {
                        names.add(n);
                    }
                }
            }
        }
        List<Match> matches = new ArrayList<>();
        NameScorer.WordSimilarity similarity = new RememberedSimilarity(scorer.tokenSimilarity());
        for (Map.Entry<Integer, List<Integer>> e : namesByEntity.entrySet()) {
            Match match = assess(query, name, e.getKey(), e.getValue(), similarity);
            if (match != null && match.score() >= settings.reviewThreshold()) {
                matches.add(match);
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::list)
                .thenComparing(Match::id));
        return matches.size() > settings.limit() ? List.copyOf(matches.subList(0, settings.limit())) : matches;
    }

    private Match assess(Query query, NormalizedName queryName, int entity, List<Integer> names,
                         NameScorer.WordSimilarity similarity) {
        int best = -1;
        double bestScore = -1;
        NameScore bestQuick = null;
        boolean acronyms = acronyms(query, entity);
        for (int n : names) {
            if (settings.weakAliases() == WeakAliasPolicy.IGNORE && index.nameKind(n) == ScreeningIndex.NameKind.WEAK_ALIAS) {
                continue;
            }
            NameScore quick = null;
            double s;
            if (settings.algorithm() == Algorithm.OFAC) {
                s = ofac.score(query.name(), index.nameText(n)).score();
            } else {
                quick = scorer.score(queryName, index.normalizedName(n), index, similarity, false, acronyms);
                s = quick.score() * Evidence.rarityFactor(quick.evidence());
            }
            if (isPenalisedWeak(n)) {
                // on the name scale, so that a strong name is preferred to a weak alias scoring alike
                s -= settings.weakAliasPenalty();
            }
            if (s > bestScore) {
                bestScore = s;
                best = n;
                bestQuick = quick;
            }
        }
        boolean identifier = holdsIdentifier(query, entity);
        boolean ofacAlgorithm = settings.algorithm() == Algorithm.OFAC;
        if (!identifier && (ofacAlgorithm ? bestScore < settings.reviewThreshold() : bestScore < leastReviewableName)) {
            return null; // cannot reach the review threshold: spare the explanation
        }
        if (!identifier && !ofacAlgorithm && best >= 0
                && decide(query, entity, best, bestQuick, null) < settings.reviewThreshold()) {
            return null; // the facts as they are keep it below review: spare the explanation
        }
        List<Explanation> explanation = Evidence.newList();
        double score;
        if (best < 0) {
            best = names.get(0);
            score = identifier ? evidence.table().weight("identifier_floor") : 0;
        } else if (ofacAlgorithm) {
            score = NameComparer.ofacScore(ofac.score(query.name(), index.nameText(best)), explanation);
            score = identifier ? Math.max(score, 0.99) : score;
        } else {
            NameScore nameScore = scorer.score(queryName, index.normalizedName(best), index, similarity, true, acronyms);
            score = decide(query, entity, best, nameScore, explanation);
        }
        for (String identifierValue : query.identifiers()) {
            for (int holder : index.entitiesWithIdentifier(identifierValue)) {
                if (holder == entity) {
                    explanation.add(new Explanation("identifier", 1.0, "same identity number: " + identifierValue));
                }
            }
        }
        score = Evidence.round(Math.max(0, Math.min(1, score)));
        return new Match(index.listOf(entity), index.entityId(entity), index.primaryName(entity), index.nameText(best),
                index.schemaOf(entity), score, score >= settings.matchThreshold(), explanation,
                Evidence.round(Math.max(0, Math.min(1, identifier && bestScore < 0 ? score : bestScore))));
    }

    /**
     * The calibrated probability of a listed name {@code name} of {@code entity}; with {@code explanation} null, no
     * explanation is built (the cheap check whether a candidate reaches review at all).
     */
    private double decide(Query query, int entity, int name, NameScore nameScore, List<Explanation> explanation) {
        double nameFeature = explanation == null ? nameScore.score() * Evidence.rarityFactor(nameScore.evidence())
                : Evidence.nameScore(nameScore, explanation);
        double other = 0;
        boolean weakHit = index.nameKind(name) == ScreeningIndex.NameKind.WEAK_ALIAS;
        if (isPenalisedWeak(name)) {
            double delta = evidence.table().weight("weak_alias");
            other += delta;
            if (explanation != null) {
                explanation.add(new Explanation("weak_alias", delta, "matched a name the list calls a weak alias"));
            }
        }
        other += evidence.schema(query.schema(), index.schemaOf(entity), explanation);
        double birth = evidence.birthDate(query.birthDate(), index.birthDates(entity), explanation);
        other += birth;
        other += evidence.country(query.country(), index.countries(entity), explanation);
        boolean loneWord = nameScore.queryWords() == 1 && (isPerson(query.schema()) || isPerson(index.schemaOf(entity)));
        boolean organisation = !isPerson(query.schema()) && !isPerson(index.schemaOf(entity));
        return evidence.probability(nameFeature, nameScore, organisation, other, weakHit || loneWord, birth > 0,
                holdsIdentifier(query, entity), explanation);
    }

    /**
     * Word similarities remembered for the length of one query: its few words meet the same listed words in many
     * candidate names. Listed words are the index's own (interned) strings, so identity lookups suffice.
     */
    private static final class RememberedSimilarity implements NameScorer.WordSimilarity {
        private final TokenSimilarity words;
        private final Map<String, Map<String, Double>> byQueryWord = new java.util.IdentityHashMap<>();
        /** Words compared as written in a vowelless script score differently, so they are remembered apart. */
        private final Map<String, Map<String, Double>> byAbjadQueryWord = new java.util.IdentityHashMap<>();

        RememberedSimilarity(TokenSimilarity words) {
            this.words = words;
        }

        @Override
        public double similarity(String a, String b, boolean abjad) {
            Map<String, Double> known = (abjad ? byAbjadQueryWord : byQueryWord)
                    .computeIfAbsent(a, k -> new java.util.IdentityHashMap<>());
            Double value = known.get(b);
            if (value == null) {
                value = words.similarity(a, b, abjad);
                known.put(b, value);
            }
            return value;
        }
    }

    private boolean holdsIdentifier(Query query, int entity) {
        for (String identifier : query.identifiers()) {
            for (int holder : index.entitiesWithIdentifier(identifier)) {
                if (holder == entity) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Organisations go by acronyms, people do not. */
    private boolean acronyms(Query query, int entity) {
        return !isPerson(query.schema()) && !isPerson(index.schemaOf(entity));
    }

    private static boolean isPerson(String schema) {
        return "person".equalsIgnoreCase(schema);
    }

    private boolean isPenalisedWeak(int name) {
        return settings.weakAliases() == WeakAliasPolicy.PENALISE
                && index.nameKind(name) == ScreeningIndex.NameKind.WEAK_ALIAS;
    }
}
