package org.sitrep.extract.relation.training;

import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.RelationType;
import org.sitrep.extract.eval.ReDocRedEvaluation;
import org.sitrep.extract.eval.Score;
import org.sitrep.extract.event.LinearHead;
import org.sitrep.extract.relation.PairFeatures;
import org.sitrep.extract.relation.PairScorer;
import org.sitrep.model.Span;
import smile.classification.LogisticRegression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fits the {@link PairScorer} on labelled documents (Sitrep's own {@link RelationCorpus} and Re-DocRED's dev file, which
 * has no alliance or fighting ties): every ordered pair of party names that Sitrep's own tagger finds
 * in a sentence (parsed whole) is a row, labelled with the gold relation whose two ends those names mention, or
 * "none". The L2 penalty and the probability threshold are chosen by cross-validation over documents; the figures
 * it reports are pair-level, out of fold.
 */
public final class PairTrainer {

    /** The relation types the scorer may give; the rest of a pair's possible ties stay with the cue rules. */
    public static final List<RelationType> TYPES = List.of(RelationType.MEMBERSHIP, RelationType.OWNERSHIP,
            RelationType.SUBSIDIARY, RelationType.LEADERSHIP, RelationType.EMPLOYMENT, RelationType.ALLIANCE,
            RelationType.FIGHTING_AGAINST);
    /** Penalties tried. */
    public static final List<Double> LAMBDAS = List.of(0.03, 0.1, 0.3, 1.0);
    /** Thresholds tried. */
    public static final List<Double> THRESHOLDS = List.of(0.5, 0.6, 0.7, 0.8, 0.9);
    /** Hashed feature cells. */
    public static final int CELLS = 2048;
    private static final int FOLDS = 4;
    /** Least cross-validated precision of a kept setting. */
    public static final double MIN_PRECISION = 0.5;
    /** The threshold of a scorer that relates nobody. */
    public static final double OFF_THRESHOLD = 1.01;
    /** Unrelated pairs kept per related one in each fit (all are kept for judging). */
    private static final int NEGATIVES_PER_POSITIVE = 6;

    /** One ordered pair: its document, hashed cells and label index in {@link #labels()}. */
    record Row(int document, int[] cells, int label) {
    }

    /**
     * What a run produced: the scorer and its cross-validated figures per type, at {@code figuresThreshold} (the
     * scorer's own threshold, or when it ships off, the threshold of the best setting found).
     */
    public record Result(PairScorer scorer, double lambda, double figuresThreshold, int rows, int positives, int documents, int ownDocuments,
                         Map<String, Score> crossValidated, Map<String, Score> crossValidatedOwn,
                         Map<String, Score> crossValidatedReDocRed) {
    }

    private final long seed;
    private final Consumer<String> log;

    private PairReader reader;

    public PairTrainer(long seed, Consumer<String> log) {
        this(seed, null, log);
    }

    /** As above, reading the texts with {@code reader} (its models loaded once for several uses). */
    public PairTrainer(long seed, PairReader reader, Consumer<String> log) {
        this.seed = seed;
        this.reader = reader;
        this.log = log;
    }

    /** The classes, relation types first and "none" last (the head's reference class). */
    public static List<String> labels() {
        List<String> labels = new ArrayList<>(TYPES.stream().map(RelationType::label).toList());
        labels.add(PairScorer.NONE_LABEL);
        return labels;
    }

    /**
     * Fits on Sitrep's own sentences ({@code own}) and Re-DocRED documents together; cross-validated figures are
     * given for both and for each origin.
     */
    public Result train(List<ReDocRedEvaluation.Document> own, List<ReDocRedEvaluation.Document> reDocRed,
                        String trainedOn) {
        List<ReDocRedEvaluation.Document> documents = new ArrayList<>(own);
        documents.addAll(reDocRed);
        List<Row> rows = rows(documents);
        int none = labels().size() - 1;
        long positives = rows.stream().filter(r -> r.label() != none).count();
        log.accept(rows.size() + " pairs, " + positives + " related, in " + documents.size() + " documents");
        for (int c = 0; c < none; c++) {
            final int label = c;
            log.accept("  " + labels().get(c) + ": " + rows.stream().filter(r -> r.label() == label).count());
        }
        double bestF1 = -1;
        List<double[]> bestOutOfFold = null;
        // The best setting regardless of precision, reported when none is precise enough.
        double anyF1 = -1;
        double anyLambda = LAMBDAS.getFirst();
        double anyThreshold = THRESHOLDS.getFirst();
        Map<String, Score> anyScores = Map.of();
        List<double[]> anyOutOfFold = null;
        double bestLambda = LAMBDAS.getFirst();
        double bestThreshold = THRESHOLDS.getFirst();
        Map<String, Score> bestScores = Map.of();
        for (double lambda : LAMBDAS) {
            List<double[]> outOfFold = new ArrayList<>(Collections.nCopies(rows.size(), null));
            for (int fold = 0; fold < FOLDS; fold++) {
                final int f = fold;
                LinearHead head = fit(rows.stream().filter(r -> r.document() % FOLDS != f).toList(), lambda);
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).document() % FOLDS == f) {
                        outOfFold.set(i, head.probabilities(dense(rows.get(i).cells())));
                    }
                }
            }
            for (double threshold : THRESHOLDS) {
                Map<String, Score> scores = scores(rows, outOfFold, threshold);
                // A scorer that adds more wrong ties than right ones costs the knowledge base more than it gives:
                // only settings with a cross-validated precision of at least MIN_PRECISION are kept.
                double f1 = scores.get("ALL").precision() >= MIN_PRECISION ? scores.get("ALL").f1() : -1;
                if (scores.get("ALL").f1() > anyF1) {
                    anyF1 = scores.get("ALL").f1();
                    anyLambda = lambda;
                    anyThreshold = threshold;
                    anyScores = scores;
                    anyOutOfFold = outOfFold;
                }
                log.accept(String.format("lambda %.1f threshold %.1f: cross-validated %s", lambda, threshold,
                        scores.get("ALL")));
                if (f1 > bestF1) {
                    bestF1 = f1;
                    bestLambda = lambda;
                    bestThreshold = threshold;
                    bestScores = scores;
                    bestOutOfFold = outOfFold;
                }
            }
        }
        double reportedThreshold = bestThreshold;
        if (bestF1 < 0) {
            // No setting is precise enough: the weights of the best one ship, with a threshold above 1 that keeps them
            // from relating anyone; its figures say why.
            log.accept("no setting reaches a cross-validated precision of " + MIN_PRECISION + "; the scorer is off");
            bestLambda = anyLambda;
            reportedThreshold = anyThreshold;
            bestThreshold = OFF_THRESHOLD;
            bestScores = anyScores;
            bestOutOfFold = anyOutOfFold;
        }
        Map<String, Score> ownScores = Map.of();
        Map<String, Score> reDocRedScores = Map.of();
        if (bestOutOfFold != null) {
            List<Integer> ownRows = new ArrayList<>();
            List<Integer> otherRows = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                (rows.get(i).document() < own.size() ? ownRows : otherRows).add(i);
            }
            ownScores = scores(pick(rows, ownRows), pick(bestOutOfFold, ownRows), reportedThreshold);
            reDocRedScores = scores(pick(rows, otherRows), pick(bestOutOfFold, otherRows), reportedThreshold);
        }
        LinearHead head = fit(rows, bestLambda);
        PairScorer scorer = new PairScorer(head, CELLS, bestThreshold, trainedOn);
        return new Result(scorer, bestLambda, reportedThreshold, rows.size(), (int) positives, documents.size(),
                own.size(), bestScores, ownScores, reDocRedScores);
    }

    private static <T> List<T> pick(List<T> all, List<Integer> indexes) {
        return indexes.stream().map(all::get).toList();
    }

    /** Every ordered pair of party names in every sentence, labelled from the gold triples. */
    private List<Row> rows(List<ReDocRedEvaluation.Document> documents) {
        if (reader == null) {
            reader = new PairReader();
        }
        List<String> labels = labels();
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            ReDocRedEvaluation.Document document = documents.get(d);
            DocumentContext doc = reader.read(document.text());
            for (int s = 0; s < doc.sentences().size(); s++) {
                Dependencies parse = doc.parse(s).map(Dependencies::new).orElse(null);
                if (parse == null) {
                    continue;
                }
                for (PairFeatures.Candidate c : PairFeatures.candidates(doc, s, parse)) {
                    String label = PairScorer.NONE_LABEL;
                    int line = lineOf(document.text(), c.subject().span().start());
                    for (ReDocRedEvaluation.Triple t : document.gold()) {
                        // A tie the document states elsewhere is not what this sentence says: the sentence must be
                        // one of the triple's evidence sentences (when the set gives any).
                        boolean here = t.evidence().isEmpty() || t.evidence().contains(line);
                        if (here && TYPES.contains(t.type()) && overlaps(t.subject(), c.subject().span())
                                && overlaps(t.object(), c.object().span())) {
                            label = t.type().label();
                            break;
                        }
                    }
                    rows.add(new Row(d, cells(c.features()), labels.indexOf(label)));
                }
            }
            if ((d + 1) % 50 == 0) {
                log.accept("read " + (d + 1) + " of " + documents.size() + " documents");
            }
        }
        return rows;
    }

    /** The Re-DocRED sentence (a line of the rebuilt text) holding code point {@code at}. */
    private static int lineOf(String text, int at) {
        int end = text.offsetByCodePoints(0, Math.min(at, text.codePointCount(0, text.length())));
        return (int) text.substring(0, end).chars().filter(ch -> ch == '\n').count();
    }

    private static boolean overlaps(List<Span> spans, Span m) {
        for (Span x : spans) {
            if (x.start() < m.end() && m.start() < x.end()) {
                return true;
            }
        }
        return false;
    }

    private static int[] cells(List<String> features) {
        double[] x = PairFeatures.hashed(features, CELLS);
        int n = 0;
        for (double v : x) {
            n += (int) v;
        }
        int[] cells = new int[n];
        int k = 0;
        for (int j = 0; j < x.length; j++) {
            for (int v = 0; v < (int) x[j]; v++) {
                cells[k++] = j;
            }
        }
        return cells;
    }

    private static double[] dense(int[] cells) {
        double[] x = new double[CELLS];
        for (int c : cells) {
            x[c] += 1;
        }
        return x;
    }

    /** Fits the head on all related rows and a seeded sample of the unrelated ones. */
    private LinearHead fit(List<Row> rows, double lambda) {
        int none = labels().size() - 1;
        List<Row> related = rows.stream().filter(r -> r.label() != none).toList();
        List<Row> unrelated = new ArrayList<>(rows.stream().filter(r -> r.label() == none).toList());
        Collections.shuffle(unrelated, new Random(seed));
        List<Row> used = new ArrayList<>(related);
        used.addAll(unrelated.subList(0, Math.min(unrelated.size(), NEGATIVES_PER_POSITIVE * related.size())));
        double[][] x = new double[used.size()][];
        int[] y = new int[used.size()];
        for (int i = 0; i < used.size(); i++) {
            x[i] = dense(used.get(i).cells());
            y[i] = used.get(i).label();
        }
        LogisticRegression.Multinomial model = LogisticRegression.multinomial(x, y, lambda, 1E-5, 500);
        LinearHead head = new LinearHead(labels(), model.coefficients());
        double[] expected = new double[labels().size()];
        for (int i = 0; i < Math.min(20, x.length); i++) {
            model.predict(x[i], expected);
            double[] got = head.probabilities(x[i]);
            for (int c = 0; c < got.length; c++) {
                if (Math.abs(got[c] - expected[c]) > 1E-6) {
                    throw new IllegalStateException("scorer weights disagree with Smile's model");
                }
            }
        }
        return head;
    }

    /** Pair-level precision and recall per type at {@code threshold}, from out-of-fold probabilities. */
    private static Map<String, Score> scores(List<Row> rows, List<double[]> probabilities, double threshold) {
        List<String> labels = labels();
        int none = labels.size() - 1;
        Map<String, Score> scores = new LinkedHashMap<>();
        for (int c = 0; c < none; c++) {
            int tp = 0;
            int sys = 0;
            int gold = 0;
            for (int i = 0; i < rows.size(); i++) {
                double[] p = probabilities.get(i);
                int best = LinearHead.argmax(p);
                boolean said = best == c && p[best] >= threshold;
                boolean is = rows.get(i).label() == c;
                sys += said ? 1 : 0;
                gold += is ? 1 : 0;
                tp += said && is ? 1 : 0;
            }
            scores.put(labels.get(c), new Score(tp, sys, gold, tp));
        }
        scores.put("ALL", scores.values().stream().reduce(Score.ZERO, Score::plus));
        return scores;
    }
}
