package org.sitrep.screen;

import org.sitrep.screen.data.TsvResource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The isotonic calibration of the name model: maps the probability the fitted name weights give to the rate of
 * same-party pairs observed among labelled pairs the model gave about that probability. Read from
 * {@code calibration.tsv} (one row per pooled block of pairs), written by {@code sitrep train screening}.
 *
 * <p>A block's range of model probabilities maps to about its observed rate, and the gap between two blocks is
 * bridged linearly, all in log-odds. Inside a block the map still rises a little (at most half the model's slope,
 * and never more than a quarter of the way to a neighbouring block's rate), and beyond the outer blocks it keeps the
 * model's slope: so it rises strictly everywhere. Two listed names the model tells apart are never tied by the
 * calibration (a tie at the top of a screening is no answer), and birth date or nationality still move a name the
 * calibration puts near 0 or 1.
 *
 * <p>Immutable; may be shared between threads.
 */
public final class Calibration {

    /**
     * One block of labelled pairs pooled by the fit.
     *
     * @param from        the lowest probability the name weights give a pair of the block
     * @param to          the highest
     * @param probability the block's share of same-party pairs with {@link #PRIOR_PAIRS} added, half of them the
     *                    same party
     * @param pairs       the pairs pooled
     * @param same        of which the same party
     */
    public record Breakpoint(double from, double to, double probability, int pairs, int same) {
    }

    /**
     * Half a same-party pair and half another added to each block (Jeffreys' estimate of a rate): a block whose
     * pairs all agree says "likely", not "certain", by as much as its size supports, so the calibration never claims
     * more confidence than the labelled pairs hold, and the other facts' log-odds keep their force near 0 and 1.
     */
    public static final double PRIOR_PAIRS = 1.0;
    /** The most a block's map rises per unit of the model's log-odds inside the block. */
    static final double SLOPE_WITHIN = 0.5;

    private static final Calibration STANDARD = read();
    private static final Calibration IDENTITY = new Calibration(List.of());

    private final List<Breakpoint> breakpoints;
    /** Knots of the piecewise-linear map: model log-odds to calibrated log-odds. */
    private final double[] x;
    private final double[] y;

    public Calibration(List<Breakpoint> breakpoints) {
        this.breakpoints = List.copyOf(breakpoints);
        int n = breakpoints.size();
        double[] level = new double[n];
        for (int i = 0; i < n; i++) {
            Breakpoint b = breakpoints.get(i);
            level[i] = ScoringTable.logit(b.probability());
            if (b.to() < b.from() || (i > 0 && (b.from() <= breakpoints.get(i - 1).to()
                    || level[i] <= level[i - 1]))) {
                throw new IllegalArgumentException("calibration blocks must rise strictly: " + b);
            }
        }
        List<double[]> knots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Breakpoint b = breakpoints.get(i);
            double lo = ScoringTable.logit(b.from());
            double hi = ScoringTable.logit(b.to());
            if (hi <= lo) {
                knots.add(new double[] {lo, level[i]});
                continue;
            }
            double half = SLOPE_WITHIN * (hi - lo) / 2;
            double down = i > 0 ? Math.min(half, (level[i] - level[i - 1]) / 4) : half;
            double up = i < n - 1 ? Math.min(half, (level[i + 1] - level[i]) / 4) : half;
            knots.add(new double[] {lo, level[i] - down});
            knots.add(new double[] {hi, level[i] + up});
        }
        x = knots.stream().mapToDouble(k -> k[0]).toArray();
        y = knots.stream().mapToDouble(k -> k[1]).toArray();
    }

    /** The project's calibration. */
    public static Calibration standard() {
        return STANDARD;
    }

    /** No calibration: the model's probability as it is (what the scores were before calibration). */
    public static Calibration identity() {
        return IDENTITY;
    }

    public List<Breakpoint> breakpoints() {
        return breakpoints;
    }

    /** The calibrated log-odds of the name model's log-odds {@code modelLogit}. */
    public double logit(double modelLogit) {
        int n = x.length;
        if (n == 0) {
            return modelLogit;
        }
        if (modelLogit <= x[0]) {
            return y[0] + (modelLogit - x[0]);
        }
        if (modelLogit >= x[n - 1]) {
            return y[n - 1] + (modelLogit - x[n - 1]);
        }
        int i = Arrays.binarySearch(x, modelLogit);
        if (i >= 0) {
            return y[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (modelLogit - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + t * (y[hi] - y[lo]);
    }

    /** The calibrated probability of the name model's probability. */
    public double probability(double modelProbability) {
        return ScoringTable.probability(logit(ScoringTable.logit(modelProbability)));
    }

    /**
     * Fits by pool-adjacent-violators: pairs sorted by the model's probability (equal ones pooled first, as no
     * calibration can tell them apart), adjacent blocks pooled while a block's share of same-party pairs is not
     * above the one before it; then each block's share takes {@link #PRIOR_PAIRS} and is pooled
     * again where that broke the order.
     */
    public static Calibration fit(double[] modelProbability, boolean[] same) {
        if (modelProbability.length != same.length) {
            throw new IllegalArgumentException("one label per probability");
        }
        Integer[] order = new Integer[modelProbability.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(modelProbability[a], modelProbability[b]));
        List<Block> blocks = new ArrayList<>();
        for (int i : order) {
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            double p = Math.max(1e-9, Math.min(1 - 1e-9, modelProbability[i]));
            if (last != null && last.maxModel == p) {
                last.add(p, same[i]);
            } else {
                Block b = new Block();
                b.add(p, same[i]);
                blocks.add(b);
            }
        }
        poolViolators(blocks, Block::rate);
        poolViolators(blocks, Block::shrunk);
        List<Breakpoint> out = new ArrayList<>();
        for (Block b : blocks) {
            // rounded as calibration.tsv writes them, so a fit and the table it writes score alike
            out.add(new Breakpoint(round(b.minModel), round(b.maxModel), round(b.shrunk()), b.pairs, b.same));
        }
        return new Calibration(out);
    }

    private static double round(double v) {
        return Math.round(v * 1e9) / 1e9;
    }

    private static void poolViolators(List<Block> blocks, java.util.function.ToDoubleFunction<Block> value) {
        for (int i = 1; i < blocks.size(); ) {
            if (value.applyAsDouble(blocks.get(i - 1)) >= value.applyAsDouble(blocks.get(i))) {
                blocks.get(i - 1).absorb(blocks.remove(i));
                i = Math.max(1, i - 1);
            } else {
                i++;
            }
        }
    }

    private static final class Block {
        int pairs;
        int same;
        double minModel = Double.NaN;
        double maxModel = Double.NaN;

        void add(double model, boolean isSame) {
            if (pairs == 0) {
                minModel = model;
            }
            pairs++;
            same += isSame ? 1 : 0;
            maxModel = model;
        }

        void absorb(Block next) {
            pairs += next.pairs;
            same += next.same;
            maxModel = next.maxModel;
        }

        double rate() {
            return (double) same / pairs;
        }

        double shrunk() {
            return (same + PRIOR_PAIRS / 2) / (pairs + PRIOR_PAIRS);
        }
    }

    /** The rows of {@code calibration.tsv} after its header comments: from, to, probability, pairs, same. */
    public String rows() {
        StringBuilder sb = new StringBuilder("# from\tto\tprobability\tpairs\tsame\n");
        for (Breakpoint b : breakpoints) {
            sb.append(String.format(Locale.ROOT, "%.9f\t%.9f\t%.9f\t%d\t%d%n", b.from(), b.to(), b.probability(),
                    b.pairs(), b.same()));
        }
        return sb.toString();
    }

    private static Calibration read() {
        List<Breakpoint> out = new ArrayList<>();
        for (TsvResource.Line line : TsvResource.read("calibration.tsv")) {
            if (line.cells().size() < 5) {
                throw line.problem("from, to, probability, pairs and same expected");
            }
            try {
                out.add(new Breakpoint(Double.parseDouble(line.cells().get(0)), Double.parseDouble(line.cells().get(1)),
                        Double.parseDouble(line.cells().get(2)), Integer.parseInt(line.cells().get(3)),
                        Integer.parseInt(line.cells().get(4))));
            } catch (NumberFormatException e) {
                throw line.problem("not a number: " + line.cells());
            }
        }
        try {
            return new Calibration(out);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("calibration.tsv: " + e.getMessage(), e);
        }
    }
}
