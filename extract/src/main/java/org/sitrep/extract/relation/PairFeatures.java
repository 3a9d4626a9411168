package org.sitrep.extract.relation;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Mention;
import org.sitrep.extract.entity.EntityResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the learned relation scorer ({@link PairScorer}) reads of two party mentions in one parsed sentence: the
 * dependency path from the first (the would-be subject) to the second, with and without the words it passes through,
 * the words on it, the two mentions' types, and the words between them when they are close. The features are strings,
 * hashed into a fixed number of cells, so training and extraction read exactly the same vector.
 */
public final class PairFeatures {

    /** Mentions whose heads are further apart in the parse than this many arcs are never scored. */
    public static final int MAX_PATH = 8;
    /** Words between the mentions are read only when at most this many stand between them. */
    private static final int MAX_GAP = 10;

    /** An ordered pair of mentions of one sentence, and the features of the pair in that order. */
    public record Candidate(Mention subject, Mention object, List<String> features) {
    }

    private PairFeatures() {
    }

    /**
     * Both orders of every pair of party names in sentence {@code s} whose heads the parse joins within
     * {@link #MAX_PATH} arcs. A party name is a name or a named description of a person, a body, a group, a firm or a
     * state; descriptions, pronouns, nationalities and places are never a relation's end here.
     */
    public static List<Candidate> candidates(DocumentContext doc, int s, Dependencies parse) {
        List<CoreLabel> tokens = doc.tokens(s);
        List<Mention> parties = new ArrayList<>();
        for (Mention m : doc.mentionsIn(s)) {
            if (party(m) && parties.stream().noneMatch(o -> overlap(o, m))) {
                parties.add(m);
            }
        }
        List<Candidate> found = new ArrayList<>();
        for (Mention a : parties) {
            for (Mention b : parties) {
                if (a == b) {
                    continue;
                }
                List<String> path = path(parse, tokens, head(parse, a), head(parse, b), a, b);
                if (path != null) {
                    found.add(new Candidate(a, b, features(tokens, a, b, path)));
                }
            }
        }
        return found;
    }

    /** Whether a mention can be one end of a scored pair. */
    static boolean party(Mention m) {
        if (m.isDescription() || EntityResolver.isPronoun(m)) {
            return false;
        }
        return m.type().isActor() && m.type() != EntityType.NATIONALITY;
    }

    private static boolean overlap(Mention a, Mention b) {
        return a.tokenStart() < b.tokenEnd() && b.tokenStart() < a.tokenEnd();
    }

    /** The mention's head word: the token whose head lies outside the mention (its last token if none does). */
    static int head(Dependencies parse, Mention m) {
        for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
            int h = parse.head(t);
            if (h < m.tokenStart() || h >= m.tokenEnd()) {
                return t;
            }
        }
        return m.tokenEnd() - 1;
    }

    /**
     * The path from token {@code from} up to the lowest common head and down to {@code to}, as steps: "^rel" going up
     * from a word to its head, "_rel" going down, and between them the lemma of each word passed (never a word of
     * either mention). Null when the path is longer than {@link #MAX_PATH} or leaves the parse.
     */
    static List<String> path(Dependencies parse, List<CoreLabel> tokens, int from, int to, Mention a, Mention b) {
        List<Integer> up = ancestors(parse, from);
        List<Integer> down = ancestors(parse, to);
        int common = -1;
        int i = 0;
        for (; i < up.size(); i++) {
            int at = down.indexOf(up.get(i));
            if (at >= 0) {
                common = at;
                break;
            }
        }
        if (common < 0 || i + common > MAX_PATH) {
            return null;
        }
        List<String> steps = new ArrayList<>();
        for (int k = 0; k < i; k++) {
            steps.add("^" + parse.relationToHead(up.get(k)));
            int next = up.get(k + 1);
            if (!a.covers(next) && !b.covers(next)) {
                steps.add(lemma(tokens.get(next)));
            }
        }
        for (int k = common - 1; k >= 0; k--) {
            steps.add("_" + parse.relationToHead(down.get(k)));
            if (k > 0 && !a.covers(down.get(k)) && !b.covers(down.get(k))) {
                steps.add(lemma(tokens.get(down.get(k))));
            }
        }
        return steps;
    }

    /** {@code token} and its heads up to the root. */
    private static List<Integer> ancestors(Dependencies parse, int token) {
        List<Integer> chain = new ArrayList<>();
        for (int t = token; t >= 0 && chain.size() <= 2 * MAX_PATH + 2 && !chain.contains(t); t = parse.head(t)) {
            chain.add(t);
        }
        return chain;
    }

    private static List<String> features(List<CoreLabel> tokens, Mention a, Mention b, List<String> path) {
        String types = a.type().label() + ">" + b.type().label();
        String order = a.tokenStart() < b.tokenStart() ? "fwd" : "back";
        List<String> arcs = path.stream().filter(p -> p.startsWith("^") || p.startsWith("_")).toList();
        List<String> words = path.stream().filter(p -> !p.startsWith("^") && !p.startsWith("_")).toList();
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("types=" + types);
        f.add("order=" + order + "|" + types);
        f.add("len=" + arcs.size());
        f.add("len=" + arcs.size() + "|" + types);
        f.add("path=" + String.join(" ", path));
        f.add("arcs=" + String.join(" ", arcs));
        f.add("arcs=" + String.join(" ", arcs) + "|" + types);
        for (String w : words) {
            f.add("on=" + w);
            f.add("on=" + w + "|" + types);
            f.add("on=" + w + "|" + order);
        }
        for (int k = 0; k < arcs.size(); k++) {
            f.add("arc=" + arcs.get(k) + (k == 0 ? "|first" : k == arcs.size() - 1 ? "|last" : ""));
        }
        Mention first = a.tokenStart() < b.tokenStart() ? a : b;
        Mention second = first == a ? b : a;
        int gap = second.tokenStart() - first.tokenEnd();
        if (gap >= 0 && gap <= MAX_GAP) {
            f.add("gap=" + Math.min(gap, 4) + "|" + order);
            for (int t = first.tokenEnd(); t < second.tokenStart(); t++) {
                f.add("between=" + lemma(tokens.get(t)) + "|" + order);
            }
        }
        if (first.tokenStart() > 0) {
            f.add("before=" + lemma(tokens.get(first.tokenStart() - 1)) + "|" + order);
        }
        if (second.tokenEnd() < tokens.size()) {
            f.add("after=" + lemma(tokens.get(second.tokenEnd())) + "|" + order);
        }
        return f;
    }

    /** The features hashed into {@code cells} cells of value 1 (collisions add up), as the scorer's head reads them. */
    public static double[] hashed(List<String> features, int cells) {
        double[] x = new double[cells];
        for (String f : features) {
            x[Math.floorMod(f.hashCode() * 0x9E3779B1, cells)] += 1;
        }
        return x;
    }

    private static String lemma(CoreLabel t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
