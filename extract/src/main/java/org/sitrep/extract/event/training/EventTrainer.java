package org.sitrep.extract.event.training;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.sitrep.extract.event.EventFeatures;
import org.sitrep.extract.event.EventHeads;
import org.sitrep.extract.event.LinearHead;
import org.sitrep.extract.event.SentenceEncoder;
import smile.classification.LogisticRegression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Fits the event heads on the tuning part of the {@link EventCorpus} with Smile's logistic regression, picks the L2
 * penalty and the occurrence threshold by cross-validation over news items (never over the held-out part), and
 * reports the figures of the fitted heads on both parts.
 */
public final class EventTrainer {

    /** Penalties tried by default; the one with the best cross-validated score is kept. */
    public static final List<Double> LAMBDAS = List.of(0.03, 0.1, 0.3, 1.0);
    private static final int FOLDS = 4;
    private static final double SCREEN_LAMBDA = 0.3;

    private final SentenceEncoder encoder;
    private final long seed;
    private final double screenRecall;
    private final Consumer<String> log;
    private final int wordCells;
    private final List<Double> lambdas;
    private final boolean kindVotes;
    private final double fixedThreshold;

    /**
     * @param screenRecall share of occurrences the screen must let through to the encoder (out of fold, on the
     *                     tuning part): the higher, the more sentences are encoded
     * @param wordCells    hashed lemma cells the heads read beside the vector ({@link EventFeatures}; 0 for none)
     * @param lambdas      the penalties to choose from by cross-validation
     * @param kindVotes    whether the kind head has a say in occurrence ({@link EventHeads#kindVotes()})
     */
    public EventTrainer(SentenceEncoder encoder, long seed, double screenRecall, int wordCells, List<Double> lambdas,
                        boolean kindVotes, Consumer<String> log) {
        this(encoder, seed, screenRecall, wordCells, lambdas, kindVotes, Double.NaN, log);
    }

    /**
     * As above, with the occurrence threshold fixed ({@code threshold} in (0, 1)) instead of chosen by
     * cross-validation, which maximises the macro-F1 of rare types at the cost of occurrence precision; NaN lets
     * cross-validation choose.
     */
    public EventTrainer(SentenceEncoder encoder, long seed, double screenRecall, int wordCells, List<Double> lambdas,
                        boolean kindVotes, double threshold, Consumer<String> log) {
        if (!Double.isNaN(threshold) && !(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the occurrence threshold must lie between 0 and 1: " + threshold);
        }
        this.fixedThreshold = threshold;
        if (lambdas.isEmpty()) {
            throw new IllegalArgumentException("no penalty to try");
        }
        this.encoder = encoder;
        this.seed = seed;
        this.screenRecall = screenRecall;
        this.wordCells = wordCells;
        this.lambdas = List.copyOf(lambdas);
        this.kindVotes = kindVotes;
        this.log = log;
    }

    /**
     * The fitted heads and their figures on the tuning and the held-out part, and on the held-out part of each
     * origin of the data ({@code heldOutByOrigin}, with its sentence counts in {@code heldOutRowsByOrigin}).
     */
    public record Result(EventHeads heads, double lambda, Scores tuning, Scores heldOut, int tuningRows,
                         int heldOutRows, int tuningDocs, int heldOutDocs, double screenKept,
                         double screenKeptOccurrences, Map<String, Scores> heldOutByOrigin,
                         Map<String, Integer> heldOutRowsByOrigin) {
    }

    public Result train(EventCorpus corpus) {
        EventFeatures features = new EventFeatures(EventFeatures.allTriggerTypes(), EventFeatures.TRIGGER_WEIGHT, wordCells);
        List<EventCorpus.Row> rows = corpus.rows();
        log.accept("tagging and encoding " + rows.size() + " sentences with " + encoder.name());
        Map<EventCorpus.Row, double[]> x = new LinkedHashMap<>();
        Map<EventCorpus.Row, double[]> words = new LinkedHashMap<>();
        featuresOf(rows, features, x, words);
        List<EventCorpus.Row> tuning = corpus.part(false, seed);
        List<EventCorpus.Row> heldOut = corpus.part(true, seed);

        // The screen: out-of-fold probabilities over the tuning part give the threshold that keeps its recall.
        Map<EventCorpus.Row, Double> screenedOutOfFold = new LinkedHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            LinearHead screen = fitOccurrence(tuning.stream().filter(r -> foldOf(r.doc()) != f).toList(), words,
                    SCREEN_LAMBDA);
            tuning.stream().filter(r -> foldOf(r.doc()) == f)
                    .forEach(r -> screenedOutOfFold.put(r, screen.probabilities(words.get(r))[1]));
        }
        double screenThreshold = screenThreshold(tuning, screenedOutOfFold);
        log.accept(String.format("screen: threshold %.3f keeps %.1f%% of tuning sentences out of fold", screenThreshold,
                100.0 * tuning.stream().filter(r -> screenedOutOfFold.get(r) >= screenThreshold).count()
                        / tuning.size()));

        double bestLambda = lambdas.getFirst();
        double bestScore = -1;
        boolean fixed = !Double.isNaN(fixedThreshold);
        double bestThreshold = fixed ? fixedThreshold : 0.5;
        for (double lambda : fixed && lambdas.size() == 1 ? List.<Double>of() : lambdas) {
            // out-of-fold predictions over the tuning part, folds by news item
            List<EventCorpus.Row> scored = new ArrayList<>();
            List<Prediction> predictions = new ArrayList<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                int f = fold;
                Heads heads = fit(tuning.stream().filter(r -> foldOf(r.doc()) != f).toList(), x, lambda);
                for (EventCorpus.Row r : tuning.stream().filter(r -> foldOf(r.doc()) == f).toList()) {
                    scored.add(r);
                    predictions.add(heads.predict(x.get(r), screenedOutOfFold.get(r) >= screenThreshold
                            || features.hasTrigger(words.get(r))));
                }
            }
            double threshold = fixed ? fixedThreshold : bestThreshold(scored, predictions);
            double score = Scores.of(scored, predictions, threshold).acledMacroF1();
            log.accept(String.format("lambda %.3f: cross-validated ACLED macro-F1 %.3f at threshold %.2f",
                    lambda, score, threshold));
            if (score > bestScore) {
                bestScore = score;
                bestLambda = lambda;
                bestThreshold = threshold;
            }
        }
        Heads heads = fit(tuning, x, bestLambda);
        LinearHead screen = fitOccurrence(tuning, words, SCREEN_LAMBDA);
        EventHeads shipped = new EventHeads(encoder.name(), features.triggerTypes(), features.triggerWeight(),
                features.wordCells(), heads.occurrence, bestThreshold, heads.subtype, heads.kind, screen,
                screenThreshold, kindVotes, LocalDate.now().toString());
        Predicate<EventCorpus.Row> screened = r -> screen.probabilities(words.get(r))[1] >= screenThreshold
                || features.hasTrigger(words.get(r));
        Function<EventCorpus.Row, Prediction> predict = r -> heads.predict(x.get(r), screened.test(r));
        Scores tuningScores = Scores.of(tuning, tuning.stream().map(predict).toList(), bestThreshold);
        Scores heldOutScores = Scores.of(heldOut, heldOut.stream().map(predict).toList(), bestThreshold);
        double kept = (double) heldOut.stream().filter(screened).count() / heldOut.size();
        double keptOccurrences = (double) heldOut.stream().filter(EventCorpus.Row::isOccurrence).filter(screened).count()
                / Math.max(1, heldOut.stream().filter(EventCorpus.Row::isOccurrence).count());
        Map<String, Scores> byOrigin = new LinkedHashMap<>();
        Map<String, Integer> rowsByOrigin = new LinkedHashMap<>();
        for (String origin : corpus.origins()) {
            List<EventCorpus.Row> part = heldOut.stream().filter(r -> r.origin().equals(origin)).toList();
            byOrigin.put(origin, Scores.of(part, part.stream().map(predict).toList(), bestThreshold));
            rowsByOrigin.put(origin, part.size());
        }
        return new Result(shipped, bestLambda, tuningScores, heldOutScores, tuning.size(), heldOut.size(),
                docs(tuning), docs(heldOut), kept, keptOccurrences, byOrigin, rowsByOrigin);
    }

    /** The highest screen threshold that still lets {@link #screenRecall} of the occurrences through. */
    private double screenThreshold(List<EventCorpus.Row> rows, Map<EventCorpus.Row, Double> p) {
        List<Double> occurrences = rows.stream().filter(EventCorpus.Row::isOccurrence).map(p::get).sorted().toList();
        int allowedMisses = (int) Math.floor(occurrences.size() * (1 - screenRecall));
        return Math.min(0.5, occurrences.get(allowedMisses));
    }

    private static LinearHead fitOccurrence(List<EventCorpus.Row> rows, Map<EventCorpus.Row, double[]> x,
                                            double lambda) {
        return fitHead(rows, x, r -> true, r -> r.isOccurrence() ? "yes" : "no", List.of("no", "yes"), lambda);
    }

    private static int docs(List<EventCorpus.Row> rows) {
        return (int) rows.stream().map(EventCorpus.Row::doc).distinct().count();
    }

    private int foldOf(String doc) {
        return Math.floorMod((doc + "#" + seed).hashCode() * 31 + 7, FOLDS);
    }

    /** The threshold on the occurrence probability that gives the best ACLED-style macro-F1. */
    private static double bestThreshold(List<EventCorpus.Row> rows, List<Prediction> predictions) {
        double best = 0.5;
        double bestScore = -1;
        for (int t = 20; t <= 80; t += 5) {
            double threshold = t / 100.0;
            double score = Scores.of(rows, predictions, threshold).acledMacroF1();
            if (score > bestScore) {
                bestScore = score;
                best = threshold;
            }
        }
        return best;
    }

    /**
     * What was predicted for one sentence.
     *
     * @param occurrence probability (or 0/1) that it reports an occurrence
     * @param subtype    the sub-event type predicted
     * @param kind       the kind predicted
     */
    public record Prediction(double occurrence, String subtype, String kind) {
    }

    private record Heads(LinearHead occurrence, LinearHead subtype, LinearHead kind, boolean kindVotes) {
        Prediction predict(double[] x, boolean screenedIn) {
            double occ = screenedIn ? EventHeads.occurrenceScore(occurrence, kind, kindVotes, x) : 0;
            String type = subtype.labels().get(LinearHead.argmax(subtype.probabilities(x)));
            String k = kind.labels().get(LinearHead.argmax(kind.probabilities(x)));
            return new Prediction(occ, type, k);
        }
    }

    private Heads fit(List<EventCorpus.Row> rows, Map<EventCorpus.Row, double[]> x, double lambda) {
        LinearHead occurrence = fitOccurrence(rows, x, lambda);
        List<String> types = new ArrayList<>(new TreeSet<>(rows.stream().map(EventCorpus.Row::label)
                .filter(l -> !l.equals(EventCorpus.NONE)).toList()));
        LinearHead subtype = fitHead(rows, x, r -> !r.label().equals(EventCorpus.NONE), EventCorpus.Row::label,
                types, lambda);
        List<String> kinds = new ArrayList<>(new TreeSet<>(rows.stream().map(EventCorpus.Row::kind).toList()));
        LinearHead kind = fitHead(rows, x, r -> true, EventCorpus.Row::kind, kinds, lambda);
        return new Heads(occurrence, subtype, kind, kindVotes);
    }

    private static LinearHead fitHead(List<EventCorpus.Row> rows, Map<EventCorpus.Row, double[]> x,
                                      Predicate<EventCorpus.Row> use, Function<EventCorpus.Row, String> label,
                                      List<String> labels, double lambda) {
        List<EventCorpus.Row> used = rows.stream().filter(use).toList();
        double[][] data = new double[used.size()][];
        int[] y = new int[used.size()];
        for (int i = 0; i < used.size(); i++) {
            data[i] = x.get(used.get(i));
            y[i] = labels.indexOf(label.apply(used.get(i)));
        }
        if (labels.size() == 2) {
            // Smile fits two classes as one logit of the second; the head keeps the first class's score against it.
            LogisticRegression.Binomial model = LogisticRegression.binomial(data, y, lambda, 1E-5, 500);
            double[] w = model.coefficients().clone();
            for (int j = 0; j < w.length; j++) {
                w[j] = -w[j];
            }
            LinearHead head = new LinearHead(labels, new double[][] {w});
            checkSameAsSmile(model, head, data);
            return head;
        }
        LogisticRegression.Multinomial model = LogisticRegression.multinomial(data, y, lambda, 1E-5, 500);
        LinearHead head = new LinearHead(labels, model.coefficients());
        checkSameAsSmile(model, head, data);
        return head;
    }

    /** The shipped head must give Smile's own probabilities, or the weights were read in the wrong layout. */
    private static void checkSameAsSmile(LogisticRegression model, LinearHead head, double[][] data) {
        double[] expected = new double[head.labels().size()];
        for (int i = 0; i < Math.min(20, data.length); i++) {
            model.predict(data[i], expected);
            double[] got = head.probabilities(data[i]);
            for (int c = 0; c < got.length; c++) {
                if (Math.abs(got[c] - expected[c]) > 1E-6) {
                    throw new IllegalStateException("head weights disagree with Smile's model");
                }
            }
        }
    }

    private void featuresOf(List<EventCorpus.Row> rows, EventFeatures features,
                            Map<EventCorpus.Row, double[]> x, Map<EventCorpus.Row, double[]> words) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("ssplit.isOneSentence", "true");
        props.setProperty("tokenize.options", "invertible=true");
        StanfordCoreNLP tagger = new StanfordCoreNLP(props);
        List<String> texts = rows.stream().map(EventCorpus.Row::text).toList();
        List<float[]> vectors = encoder.encodeAll(texts);
        for (int i = 0; i < rows.size(); i++) {
            Annotation a = new Annotation(texts.get(i));
            tagger.annotate(a);
            List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
            x.put(rows.get(i), features.of(vectors.get(i), tokens));
            words.put(rows.get(i), features.lexical(tokens));
        }
    }
}
