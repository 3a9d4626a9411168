package org.sitrep.screen.bench;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListFormatException;
import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.Match;
import org.sitrep.screen.Query;
import org.sitrep.screen.Screener;
import org.sitrep.screen.ScreeningSettings;
import org.sitrep.screen.index.ScreeningIndex;
import org.sitrep.screen.names.NameNormalizer;
import org.sitrep.screen.names.NameScorer;
import org.sitrep.screen.names.NormalizedName;
import org.sitrep.screen.names.TokenWeights;
import org.sitrep.screen.names.NameVocabulary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code sitrep bench screen}: accuracy, speed and memory of screening, with a brute-force Jaro-Winkler baseline
 * run on the same queries. Everything is seeded, so runs are reproducible.
 *
 * <ol>
 *   <li>Alias hold-out: for every party with two or more strong names, one (chosen at random) is left out of the
 *       index and used as the query; recall@1 counts the party ranked first, alone (a party sharing the top score
 *       with another is not found), with {@code match: true}. It is also given separately for held-out names related
 *       by spelling or sound to the party's other names and for unrelated ones (translations, different aliases).
 *       Each list is indexed on its own, since lists share parties.</li>
 *   <li>False-positive rate: the share of synthetic non-listed people (with date of birth and nationality) that get
 *       any {@code match: true}.</li>
 *   <li>Listed people with typing slips: each list's people, one slip in a name word and half of them reordered,
 *       birth date written as customer files write it, screened against that list alone, beside the false-positive
 *       rate of the non-listed people against the same list ({@link ListedPeopleEvaluation}).</li>
 *   <li>Speed: single-thread screenings per second and latency percentiles over both query sets.</li>
 *   <li>Memory: retained heap of an index of a synthetic list of recombined real name words.</li>
 * </ol>
 */
public final class ScreenBenchmark {

    /**
     * @param lists             list files or folders (e.g. the SDN CSV trio folder and the UN XML)
     * @param negatives         CSV of non-listed people: full_name, date_of_birth, nationality
     * @param negativeSample    how many negatives to screen (0: all)
     * @param holdOutSample     how many hold-out queries (0: all)
     * @param baselineSample    how many queries of each kind the brute-force baseline runs
     * @param baselineThreshold the baseline's decision threshold on Jaro-Winkler
     * @param syntheticNames    size of the synthetic list for the memory and large-list speed figures (0: skip)
     * @param seed              random seed
     * @param settings          screening settings under test
     * @param misses            where to write the hold-out queries missed and the negatives matched (TSV), or null
     */
    public record Config(List<Path> lists, Path negatives, int negativeSample, int holdOutSample, int baselineSample,
                         double baselineThreshold, int syntheticNames, long seed, ScreeningSettings settings,
                         Path misses, boolean fitCalibration) {

        public Config(List<Path> lists, Path negatives, int negativeSample, int holdOutSample, int baselineSample,
                      double baselineThreshold, int syntheticNames, long seed, ScreeningSettings settings, Path misses) {
            this(lists, negatives, negativeSample, holdOutSample, baselineSample, baselineThreshold, syntheticNames,
                    seed, settings, misses, false);
        }
    }

    /** Lowest threshold of the recall and false-positive curve. */
    private static final double CURVE_FROM = 0.25;
    /** Queries slower than this are listed in the misses file. */
    private static final long SLOW_NANOS = 5_000_000;
    /** Queries run before any timing, taken from the end of the negatives file. */
    private static final int WARM_UP_QUERIES = 3000;

    private final Config config;
    private final Consumer<String> progress;

    public ScreenBenchmark(Config config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Runs every measurement and returns the figures and settings, in a stable order. */
    public Map<String, Object> run() throws IOException, ListFormatException {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("lists", config.lists().stream().map(Path::toString).toList());
        settings.put("negatives", config.negatives().toString());
        settings.put("algorithm", config.settings().algorithm().name().toLowerCase(Locale.ROOT));
        settings.put("match_threshold", config.settings().matchThreshold());
        settings.put("review_threshold", config.settings().reviewThreshold());
        settings.put("weak_aliases", config.settings().weakAliases().name().toLowerCase(Locale.ROOT));
        settings.put("seed", config.seed());
        settings.put("baseline_threshold", config.baselineThreshold());
        settings.put("java", System.getProperty("java.version"));
        settings.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1 << 20));
        out.put("settings", settings);
        out.put("labelled_pairs", labelledPairs());

        progress.accept("reading lists");
        List<ListEntity> entities = new ArrayList<>();
        List<ListSnapshot> snapshots = new ArrayList<>();
        ListReader reader = new ListReader();
        for (Path path : config.lists()) {
            for (ListSnapshot snapshot : reader.readAll(path)) {
                entities.addAll(snapshot.entities());
                snapshots.add(snapshot);
            }
        }
        out.put("entities", entities.size());
        NameNormalizer normalizer = new NameNormalizer(NameVocabulary.standard());
        Random random = new Random(config.seed());
        // report lower scores too, so the curve by threshold can show what a lower decision threshold would give
        ScreeningSettings measured = config.settings().withReviewThreshold(Math.min(config.settings().reviewThreshold(), CURVE_FROM));

        // 1. alias hold-out
        List<ListEntity> indexed = new ArrayList<>(entities.size());
        List<Query> holdOutQueries = new ArrayList<>();
        List<String> holdOutAnswers = new ArrayList<>();
        List<Boolean> holdOutRelated = new ArrayList<>();
        NameScorer scorer = new NameScorer(normalizer.vocabulary());
        TokenWeights plainWeights = TokenWeights.fromVocabulary(normalizer.vocabulary());
        for (ListEntity entity : entities) {
            // some lists write several spellings into one name field; each is a name (as the index takes them)
            List<String> strong = new ArrayList<>();
            for (String name : concat(entity.name(), entity.strongAliases())) {
                for (String one : name.split(";")) {
                    if (!one.isBlank() && !strong.contains(one.trim())) {
                        strong.add(one.trim());
                    }
                }
            }
            if (strong.size() < 2) {
                indexed.add(entity);
                continue;
            }
            int out1 = random.nextInt(strong.size());
            String heldOut = strong.remove(out1);
            indexed.add(withNames(entity, strong.get(0), strong.subList(1, strong.size())));
            holdOutQueries.add(new Query(entity.listId() + ":" + entity.id(), heldOut, entity.schema(), null, null,
                    List.of()));
            holdOutRelated.add(related(scorer, plainWeights, normalizer, heldOut, strong));
            holdOutAnswers.add(entity.listId() + ":" + entity.id());
        }
        List<Integer> holdOutOrder = sample(holdOutQueries.size(), config.holdOutSample(), random);
        // each list gets its own index: the UN and OFAC lists share many parties, and finding the same person in the
        // other list is right, not a miss
        progress.accept("indexing hold-out variant of each list");
        Map<String, Screener> holdOutScreeners = new LinkedHashMap<>();
        Map<String, List<ListEntity>> byList = new LinkedHashMap<>();
        for (ListEntity entity : indexed) {
            byList.computeIfAbsent(entity.listId(), k -> new ArrayList<>()).add(entity);
        }
        byList.forEach((list, members) -> holdOutScreeners.put(list, new Screener(index(normalizer, members), measured)));
        // let the JIT compile the hot paths first, as it would in any long-running screening service
        List<Query> warmUp = readNegatives(config.negatives());
        Screener warmUpScreener = holdOutScreeners.values().iterator().next();
        for (int i = 0; i < Math.min(WARM_UP_QUERIES, warmUp.size()); i++) {
            warmUpScreener.screen(warmUp.get(warmUp.size() - 1 - i));
        }
        progress.accept("screening " + holdOutOrder.size() + " held-out names");
        Timing holdOutTiming = new Timing(holdOutOrder.size());
        List<String> missed = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        indexed.forEach(e -> names.put(e.listId() + ":" + e.id(), e.name() + " | " + String.join(" | ", e.strongAliases())));
        int hits = 0;
        int tiedHits = 0;
        int related = 0;
        int relatedHits = 0;
        int carriedByAnother = 0;
        int reachable = 0;
        Map<String, Set<String>> holders = holdersByWords(normalizer, indexed);
        double[] rightTopScores = new double[holdOutOrder.size()];
        int q = 0;
        for (int i : holdOutOrder) {
            String answer = holdOutAnswers.get(i);
            Screener holdOutScreener = holdOutScreeners.get(answer.substring(0, answer.indexOf(':')));
            long t0 = holdOutTiming.start();
            List<Match> matches = holdOutScreener.screen(holdOutQueries.get(i));
            holdOutTiming.stop(t0);
            // a party sharing the top score with another is not found: an analyst could not tell which one it is
            boolean rightTop = !matches.isEmpty() && key(matches.get(0)).equals(answer)
                    && (matches.size() == 1 || matches.get(1).score() < matches.get(0).score());
            rightTopScores[q++] = rightTop ? matches.get(0).score() : -1;
            boolean hit = rightTop && matches.get(0).match();
            hits += hit ? 1 : 0;
            boolean tiedHit = !hit && tiedForFirst(matches, answer);
            tiedHits += tiedHit ? 1 : 0;
            if (!hit) {
                Query query = holdOutQueries.get(i);
                missed.add((tiedHit ? "holdout-tied" : "holdout") + (holdOutRelated.get(i) ? "\t" : "-unrelated\t")
                        + answer + "\t" + query.name() + "\t" + names.get(answer) + "\t"
                        + (matches.isEmpty() ? "-" : key(matches.get(0)) + "\t" + matches.get(0).matchedName() + "\t"
                        + matches.get(0).score() + "\t" + explained(matches.get(0)) + rightOne(matches, answer)));
            }
            boolean carriedByOther = holders.getOrDefault(wordsKey(normalizer, answer.substring(0, answer.indexOf(':')),
                    holdOutQueries.get(i).name()), Set.of()).stream().anyMatch(k -> !k.equals(answer));
            carriedByAnother += carriedByOther ? 1 : 0;
            reachable += (hit || holdOutRelated.get(i)) && !carriedByOther ? 1 : 0;
            if (holdOutRelated.get(i)) {
                related++;
                relatedHits += hit ? 1 : 0;
            }
        }
        int unrelated = holdOutOrder.size() - related;
        Map<String, Object> holdOut = new LinkedHashMap<>();
        holdOut.put("queries", holdOutOrder.size());
        holdOut.put("recall_at_1", ratio(hits, holdOutOrder.size()));
        holdOut.put("tied_for_first", tiedHits);
        holdOut.put("recall_at_1_if_ties_counted", ratio(hits + tiedHits, holdOutOrder.size()));
        holdOut.put("related_queries", related);
        holdOut.put("recall_at_1_related", ratio(relatedHits, related));
        holdOut.put("unrelated_queries", unrelated);
        holdOut.put("recall_at_1_unrelated", ratio(hits - relatedHits, unrelated));
        holdOut.put("carried_by_another_party", carriedByAnother);
        holdOut.put("ceiling", ratio(reachable, holdOutOrder.size()));
        holdOut.put("note", "each held-out name is screened with its party's kind (person, organisation, ...), "
                + "as the negatives are screened as persons; a hit is the right party ranked first alone with match: true; "
                + "tied_for_first: the right party shares the top score with another (not a hit); related: some word of"
                + " the held-out name is spelled or sounds like a word of one of the party's other names (or is its "
                + "translation in the vocabulary's org-words), or spells their initials; the unrelated rest are other "
                + "translations and genuinely different aliases that no spelling can recover; carried_by_another_party:"
                + " another party of the same list has a name of the same words as the held-out one; ceiling: the "
                + "recall@1 of a matcher that finds every related hold-out and every one found now, except those "
                + "another party carries");
        out.put("alias_holdout", holdOut);

        // 2. false positives
        progress.accept("indexing the lists");
        Screener screener = new Screener(index(normalizer, entities), measured);
        List<Query> negatives = readNegatives(config.negatives());
        List<Integer> negativeOrder = sample(negatives.size(), config.negativeSample(), random);
        progress.accept("screening " + negativeOrder.size() + " non-listed people");
        Timing negativeTiming = new Timing(negativeOrder.size());
        int falsePositives = 0;
        double[] bestNegativeScores = new double[negativeOrder.size()];
        q = 0;
        for (int i : negativeOrder) {
            long t0 = negativeTiming.start();
            List<Match> matches = screener.screen(negatives.get(i));
            long took = negativeTiming.stop(t0);
            if (took > SLOW_NANOS) {
                missed.add("slow\t" + negatives.get(i).id() + "\t" + negatives.get(i).name() + "\t"
                        + Math.round(took / 1e5) / 10.0 + " ms");
            }
            bestNegativeScores[q++] = matches.isEmpty() ? 0 : matches.get(0).score();
            if (matches.stream().anyMatch(Match::match)) {
                falsePositives++;
                Query query = negatives.get(i);
                missed.add("negative\t" + query.id() + "\t" + query.name() + "\t" + query.birthDate() + " "
                        + query.country() + "\t" + matches.get(0).list() + ":" + matches.get(0).id() + "\t"
                        + matches.get(0).matchedName() + "\t" + matches.get(0).score() + "\t"
                        + matches.get(0).explanation());
            }
        }
        Map<String, Object> fp = new LinkedHashMap<>();
        fp.put("queries", negativeOrder.size());
        fp.put("false_positive_rate", ratio(falsePositives, negativeOrder.size()));
        out.put("negatives", fp);
        out.put("by_threshold", curve(rightTopScores, bestNegativeScores));

        // 2b. listed people as customer files write them, each list on its own
        Map<String, Object> listed = new LinkedHashMap<>();
        List<Query> sampledNegatives = negativeOrder.stream().map(negatives::get).toList();
        for (ListSnapshot snapshot : snapshots) {
            progress.accept("screening " + snapshot.listId() + "'s people with typing slips");
            listed.put(snapshot.listId(), new ListedPeopleEvaluation(config.seed())
                    .measure(snapshot, sampledNegatives, config.settings(), missed::add));
        }
        snapshots.clear();
        out.put("listed_people_with_slips", listed);
        if (config.misses() != null) {
            Files.write(config.misses(), missed, StandardCharsets.UTF_8);
        }

        // 3. speed on the real lists (single thread, the one running this)
        Timing all = Timing.merge(holdOutTiming, negativeTiming);
        out.put("speed", all.figures(screener.index().nameCount()));

        // 4. brute-force baseline on a sample of the same queries
        out.put("baseline_jaro_winkler", baseline(indexed, entities, holdOutQueries, holdOutAnswers, holdOutOrder, negatives,
                negativeOrder, all));

        // 5. memory and speed on a synthetic list
        if (config.syntheticNames() > 0) {
            entities.clear();
            indexed.clear();
            holdOutScreeners.clear();
            out.put("synthetic", synthetic(normalizer, screener, negatives, negativeOrder, random));
        }
        return out;
    }

    /**
     * The default decision and the calibration on Sitrep's own labelled name pairs: the held-out split (never used
     * in fitting or choosing the threshold) and the tuning split; with {@code fitCalibration}, a refit of the name
     * weights on the tuning split beside the table's.
     */
    private Map<String, Object> labelledPairs() {
        progress.accept("scoring the labelled name pairs");
        PairEvaluation pairs = PairEvaluation.standard();
        org.sitrep.screen.ScoringTable table = org.sitrep.screen.ScoringTable.standard();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("note", "Sitrep's own pairs of invented names (eval/name-pairs.tsv), split by identity with a fixed seed;"
                + " name weights and their isotonic calibration fitted on the tuning split (sitrep train screening),"
                + " decision threshold = its best F1, review threshold = what 98% of its same-party pairs reach;"
                + " calibration error = the pair-weighted mean gap between expected (mean score) and observed"
                + " same-party rate per 0.1 band");
        m.put("held_out", pairs.measure(true, table, config.settings()));
        m.put("tuning", pairs.measure(false, table, config.settings()));
        if (config.fitCalibration()) {
            org.sitrep.screen.ScoringTable refit = pairs.fit(table);
            Map<String, Object> weights = new LinkedHashMap<>();
            for (String f : org.sitrep.screen.ScoringTable.NAME_WEIGHTS) {
                weights.put(f, String.format(Locale.ROOT, "%.3f (table %.3f)", refit.weight(f), table.weight(f)));
            }
            m.put("refit_on_tuning", weights);
        }
        Path shared = config.negatives().getParent();
        m.put("shared_eval_names", shared != null && Files.isDirectory(shared)
                ? "no labelled pairs in " + shared + " (ofac_tool_scores.csv holds the scores of OFAC's tool, not"
                + " truth; negatives_global.csv is measured below as non-listed people)"
                : "absent");
        return m;
    }

    /** The right party's matched name and score where it was found but not ranked first with a match. */
    private static String rightOne(List<Match> matches, String answer) {
        for (Match m : matches) {
            if (key(m).equals(answer)) {
                return "\tright: " + m.matchedName() + "\t" + m.score() + "\t" + explained(m);
            }
        }
        return "";
    }

    private static String key(Match m) {
        return m.list() + ":" + m.id();
    }

    /** A match's explanation on one line, for the misses file. */
    private static String explained(Match m) {
        StringBuilder out = new StringBuilder();
        for (var e : m.explanation()) {
            out.append(out.length() == 0 ? "" : "; ").append(e.feature()).append('=').append(e.value())
                    .append(" (").append(e.detail()).append(')');
        }
        return out.toString();
    }

    /** Whether the right party matches with the same score as the party ranked first. */
    private static boolean tiedForFirst(List<Match> matches, String answer) {
        if (matches.isEmpty() || !matches.get(0).match()) {
            return false;
        }
        double top = matches.get(0).score();
        for (Match m : matches) {
            if (m.score() < top) {
                return false;
            }
            if ((m.list() + ":" + m.id()).equals(answer)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /**
     * Whether a held-out name bears any relation of spelling or sound to one of the names left in the index: some
     * word of it pairs with one of theirs (same word, variant spelling, same sound, same consonants), spells their
     * initials, or is theirs split into words differently. Legal forms and particles ("co", "of") do not count.
     */
    private static boolean related(NameScorer scorer, TokenWeights weights, NameNormalizer normalizer, String heldOut,
                                   List<String> others) {
        NormalizedName held = distinctive(normalizer, heldOut);
        for (String other : others) {
            if (scorer.score(held, distinctive(normalizer, other), weights, scorer.tokenSimilarity()::similarity,
                    false, true).score() > 0) {
                return true;
            }
        }
        return false;
    }

    private static NormalizedName distinctive(NameNormalizer normalizer, String name) {
        NormalizedName n = normalizer.normalize(name);
        NameVocabulary v = normalizer.vocabulary();
        return new NormalizedName(n.original(), n.tokens().stream()
                .filter(t -> !v.isOrgForm(t) && v.particleWeight(t) < 0).toList(), n.abjad());
    }

    /** Recall@1 and false-positive rate had the decision threshold been elsewhere (from the review threshold up). */
    private Map<String, Object> curve(double[] rightTopScores, double[] bestNegativeScores) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int step = 0; step <= 12; step++) {
            double t = Math.round((CURVE_FROM + step * 0.05) * 100) / 100.0;
            int hits = 0;
            for (double s : rightTopScores) {
                hits += s >= t ? 1 : 0;
            }
            int fps = 0;
            for (double s : bestNegativeScores) {
                fps += s >= t ? 1 : 0;
            }
            m.put(String.format(Locale.ROOT, "%.2f", t), Map.of("recall_at_1", ratio(hits, rightTopScores.length),
                    "false_positive_rate", ratio(fps, bestNegativeScores.length)));
        }
        return m;
    }

    private Map<String, Object> baseline(List<ListEntity> holdOutVariant, List<ListEntity> entities,
                                         List<Query> holdOutQueries, List<String> answers,
                                         List<Integer> holdOutOrder, List<Query> negatives, List<Integer> negativeOrder,
                                         Timing ours) {
        progress.accept("brute-force baseline on " + config.baselineSample() + " + " + config.baselineSample() + " queries");
        Map<String, BruteForce> holdOutBrutes = new LinkedHashMap<>();
        Map<String, List<ListEntity>> byList = new LinkedHashMap<>();
        holdOutVariant.forEach(e -> byList.computeIfAbsent(e.listId(), k -> new ArrayList<>()).add(e));
        byList.forEach((list, members) -> holdOutBrutes.put(list, new BruteForce(members)));
        BruteForce brute = new BruteForce(entities);
        List<Integer> h = holdOutOrder.subList(0, Math.min(config.baselineSample(), holdOutOrder.size()));
        List<Integer> n = negativeOrder.subList(0, Math.min(config.baselineSample(), negativeOrder.size()));
        Timing timing = new Timing(h.size() + n.size());
        int hits = 0;
        for (int i : h) {
            long t0 = timing.start();
            String answer = answers.get(i);
            BruteForce.Best best = holdOutBrutes.get(answer.substring(0, answer.indexOf(':'))).best(holdOutQueries.get(i).name());
            timing.stop(t0);
            if (best.score() >= config.baselineThreshold() && best.key().equals(answer)) {
                hits++;
            }
        }
        int falsePositives = 0;
        for (int i : n) {
            long t0 = timing.start();
            BruteForce.Best best = brute.best(negatives.get(i).name());
            timing.stop(t0);
            if (best.score() >= config.baselineThreshold()) {
                falsePositives++;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("note", "Jaro-Winkler (commons-text) of the whole folded query against every listed name; run on the "
                + "first " + h.size() + " hold-out and " + n.size() + " negative queries of the same samples");
        m.put("recall_at_1", ratio(hits, h.size()));
        m.put("false_positive_rate", ratio(falsePositives, n.size()));
        Map<String, Object> speed = timing.figures(brute.names());
        m.put("speed", speed);
        if (h.size() + n.size() == 0) {
            return m;
        }
        Map<String, Object> oursSpeed = ours.figures(0);
        m.put("sitrep_speedup", Math.round((double) oursSpeed.get("screenings_per_second")
                / (double) speed.get("screenings_per_second") * 10) / 10.0);
        m.put("sitrep_cpu_speedup", Math.round((double) oursSpeed.get("cpu_screenings_per_second")
                / (double) speed.get("cpu_screenings_per_second") * 10) / 10.0);
        return m;
    }

    private Map<String, Object> synthetic(NameNormalizer normalizer, Screener real, List<Query> negatives,
                                          List<Integer> negativeOrder, Random random) {
        progress.accept("building a synthetic list of " + config.syntheticNames() + " names");
        SyntheticNames generator = new SyntheticNames(real.index(), random);
        real = null;
        long before = retainedHeap();
        ScreeningIndex.Builder builder = ScreeningIndex.builder(normalizer);
        long t0 = System.nanoTime();
        for (int i = 0; i < config.syntheticNames(); i++) {
            builder.add(generator.entity(i));
        }
        ScreeningIndex index = builder.build();
        builder = null;
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long after = retainedHeap();
        Screener screener = new Screener(index, config.settings());
        List<Integer> sample = negativeOrder.subList(0, Math.min(2000, negativeOrder.size()));
        progress.accept("screening " + sample.size() + " queries against the synthetic list");
        Timing timing = new Timing(sample.size());
        for (int i : sample) {
            long s = timing.start();
            screener.screen(negatives.get(i));
            timing.stop(s);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", index.nameCount());
        m.put("distinct_words", index.wordCount());
        m.put("build_seconds", Math.round(buildSeconds * 10) / 10.0);
        double mb = (after - before) / 1e6;
        m.put("retained_heap_mb", Math.round(mb * 10) / 10.0);
        m.put("heap_mb_per_million_names", Math.round(mb / index.nameCount() * 1e6 * 10) / 10.0);
        m.put("speed", timing.figures(index.nameCount()));
        m.put("note", "names recombine words of real listed names; heap measured after GC, with and without the index");
        return m;
    }

    private static long retainedHeap() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private static ScreeningIndex index(NameNormalizer normalizer, List<ListEntity> entities) {
        ScreeningIndex.Builder builder = ScreeningIndex.builder(normalizer);
        entities.forEach(builder::add);
        return builder.build();
    }

    /** Every name the index holds, by its words in any order, with the parties (list:id) that carry it. */
    private static Map<String, Set<String>> holdersByWords(NameNormalizer normalizer, List<ListEntity> entities) {
        Map<String, Set<String>> out = new HashMap<>();
        for (ListEntity e : entities) {
            List<String> all = new ArrayList<>(concat(e.name(), e.strongAliases()));
            all.addAll(e.weakAliases());
            all.addAll(e.previousNames());
            for (String name : all) {
                for (String one : name.split(";")) {
                    out.computeIfAbsent(wordsKey(normalizer, e.listId(), one), k -> new HashSet<>())
                            .add(e.listId() + ":" + e.id());
                }
            }
        }
        return out;
    }

    private static String wordsKey(NameNormalizer normalizer, String list, String name) {
        List<String> words = new ArrayList<>(normalizer.normalize(name).tokens());
        Collections.sort(words);
        return list + "\t" + String.join(" ", words);
    }

    private static ListEntity withNames(ListEntity e, String name, List<String> strong) {
        return new ListEntity(e.listId(), e.id(), e.schema(), name, strong, e.weakAliases(), e.previousNames(),
                e.nameParts(), e.birthDates(), e.birthPlaces(), e.nationalities(), e.identifiers(), e.addresses(),
                e.programs(), e.listedOn(), e.linkedTo(), e.remarks(), e.source());
    }

    static List<Query> readNegatives(Path file) throws IOException {
        List<Query> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            for (CSVRecord r : parser) {
                out.add(new Query("neg" + r.getRecordNumber(), r.get("full_name"), "Person",
                        r.isMapped("date_of_birth") ? r.get("date_of_birth") : null,
                        r.isMapped("nationality") ? r.get("nationality") : null, List.of()));
            }
        }
        return out;
    }

    private static List<Integer> sample(int size, int wanted, Random random) {
        List<Integer> order = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return wanted <= 0 || wanted >= size ? order : order.subList(0, wanted);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    /**
     * Per-query durations, both elapsed (wall clock) and on the CPU of the screening thread. On a machine shared with
     * other work the elapsed time includes waiting for a core; CPU time is what a query costs one core.
     */
    static final class Timing {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private long[] nanos;
        private long[] cpuNanos;
        private int size;
        private long cpuStart;

        Timing(int capacity) {
            nanos = new long[Math.max(capacity, 1)];
            cpuNanos = new long[nanos.length];
        }

        /** Marks the start of a query; returns the wall-clock start to hand to {@link #stop}. */
        long start() {
            cpuStart = THREADS.getCurrentThreadCpuTime();
            return System.nanoTime();
        }

        /** Records the query started at {@code wallStart}; returns its elapsed nanoseconds. */
        long stop(long wallStart) {
            long wall = System.nanoTime() - wallStart;
            add(wall, THREADS.getCurrentThreadCpuTime() - cpuStart);
            return wall;
        }

        void add(long wall, long cpu) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
                cpuNanos = Arrays.copyOf(cpuNanos, size * 2);
            }
            nanos[size] = wall;
            cpuNanos[size++] = cpu;
        }

        static Timing merge(Timing a, Timing b) {
            Timing t = new Timing(a.size + b.size);
            for (int i = 0; i < a.size; i++) {
                t.add(a.nanos[i], a.cpuNanos[i]);
            }
            for (int i = 0; i < b.size; i++) {
                t.add(b.nanos[i], b.cpuNanos[i]);
            }
            return t;
        }

        Map<String, Object> figures(int names) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("queries", size);
            if (names > 0) {
                m.put("listed_names", names);
            }
            put(m, "", nanos);
            put(m, "cpu_", cpuNanos);
            return m;
        }

        private void put(Map<String, Object> m, String prefix, long[] values) {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            long total = 0;
            for (long n : sorted) {
                total += n;
            }
            m.put(prefix + "screenings_per_second", size == 0 || total == 0 ? 0.0 : Math.round(size / (total / 1e9) * 10) / 10.0);
            m.put(prefix + "p50_ms", size == 0 ? 0.0 : Math.round(sorted[size / 2] / 1e4) / 100.0);
            m.put(prefix + "p99_ms", size == 0 ? 0.0 : Math.round(sorted[Math.min(size - 1, (int) (size * 0.99))] / 1e4) / 100.0);
        }
    }

    /** The baseline: every listed name, folded, against the folded query with Jaro-Winkler. */
    private static final class BruteForce {
        private final Transliterator fold = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        private final List<String> names = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();

        record Best(String key, double score) {
        }

        BruteForce(List<ListEntity> entities) {
            for (ListEntity e : entities) {
                String key = e.listId() + ":" + e.id();
                add(key, e.name());
                e.strongAliases().forEach(a -> add(key, a));
            }
        }

        private void add(String key, String name) {
            names.add(fold(name));
            keys.add(key);
        }

        private String fold(String name) {
            return fold.transliterate(name).replaceAll("[^a-z0-9]+", " ").trim();
        }

        int names() {
            return names.size();
        }

        Best best(String query) {
            String q = fold(query);
            double best = -1;
            int at = -1;
            for (int i = 0; i < names.size(); i++) {
                double s = jaroWinkler.apply(q, names.get(i));
                if (s > best) {
                    best = s;
                    at = i;
                }
            }
            return new Best(at < 0 ? "" : keys.get(at), best);
        }
    }
}
