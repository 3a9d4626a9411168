package org.sitrep.extract.claim;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Mention;
import org.sitrep.extract.entity.EntityResolver;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what analysis needs of a claim's words, once, at extraction: whether its cue is negated, who its content
 * says died and whom a pronoun in it stands for (its hedge is one the {@code HedgeFinder} found within it). The parse
 * decides where the sentence has one; without it, the tokens nearby do. Token indexes are within the one sentence.
 */
final class ClaimReader {

    /** Lemmas of the words that speak of a death. */
    private static final Set<String> DEATH = Set.of("kill", "die", "dead", "death");

    /** Words that negate the verb they stand before: "did not confirm", "could never confirm". */
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "cannot");

    /** Heads of a clause that undo its verb: "unable to confirm", "refused to confirm". */
    private static final Set<String> UNDOING = Set.of("unable", "fail", "refuse", "decline");

    /** Words after which a name no longer belongs to the death that follows ("X, who said his nephews were killed"). */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "added", "according", ".", ";");

    /**
     * Pronouns that point at someone the text named: "we" or "I" in a claim is its speaker, whom the claim names
     * already, however far back the resolver found the institution behind them.
     */
    private static final Set<String> THIRD_PERSON = Set.of("he", "him", "his", "she", "her", "they", "them");

    /** Relative pronouns: the subject of "who was killed" is the name the clause hangs on. */
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");

    /** How many tokens after a name (or before it: "death of X") a death word may be when there is no parse. */
    private static final int AFTER = 12;
    private static final int BEFORE = 5;

    private final DocumentContext doc;
    private final int sentence;
    private final List<CoreLabel> tokens;
    private final Dependencies deps;

    /** A reader of sentence {@code sentence}, with its parse or null. */
    ClaimReader(DocumentContext doc, int sentence, Dependencies deps) {
        this.doc = doc;
        this.sentence = sentence;
        this.tokens = doc.tokens(sentence);
        this.deps = deps;
    }

    /** The first hedge the extraction found within {@code span} ("likely", "reportedly"), or null. */
    static Span hedgeWithin(DocumentContext doc, Span span) {
        for (Span h : doc.hedges()) {
            if (h.start() >= span.start() && h.end() <= span.end()) {
                return h;
            }
        }
        return null;
    }

    /**
     * The word that negates the cue verb at {@code cue}: a negator among its own dependents ("could not confirm"),
     * or the verb it hangs on undoes it ("unable to confirm"); without a parse, a negator at most one word before it.
     */
    Span negation(int cue) {
        if (deps != null) {
            for (int c : deps.children(cue, "advmod", "neg")) {
                if (c < cue && NEGATORS.contains(word(c))) {
                    return span(c);
                }
            }
            int head = deps.head(cue);
            if (head >= 0 && head < cue && deps.relationToHead(cue).startsWith("xcomp")
                    && UNDOING.contains(lemma(head))) {
                return span(head);
            }
            return null;
        }
        for (int k = cue - 1; k >= Math.max(0, cue - 2); k--) {
            if (NEGATORS.contains(word(k)) || UNDOING.contains(lemma(k))) {
                return span(k);
            }
        }
        return null;
    }

    /**
     * The people the content {@code [from, to)} says died, each once, with the death word; a death word must lie
     * within {@code [claimFrom, claimTo)}, the claim's cue and content.
     */
    List<Claim.Death> deaths(int from, int to, int claimFrom, int claimTo) {
        Map<String, Claim.Death> out = new LinkedHashMap<>();
        for (Mention m : doc.mentionsIn(sentence)) {
            String entity = doc.entityOf(m);
            if (entity == null || m.type() != EntityType.PERSON || EntityResolver.isPronoun(m)
                    || m.tokenStart() < from || m.tokenEnd() > to || out.containsKey(entity)) {
                continue;
            }
            int cue = deps != null ? deathByParse(m) : deathByTokens(m, from, to);
            // however the parse hangs it, a name before another's speech is not what that speech says died
            if (cue >= claimFrom && cue < claimTo && !reportedBetween(m, cue)) {
                out.put(entity, new Claim.Death(entity, span(cue)));
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The death word the parse ties to the person {@code m}, or -1: "X was killed", "the strike killed X", "X died",
     * "X is dead", "X was found dead", "the death of X", "X's death", "X, who was killed", "X killed in a raid". A
     * conjunct or apposition shares its head's fate ("X and Y were killed"); a negated death ("wounded, not killed")
     * is none. A subject of the relative clause ("X, whose brother died") is not the name it hangs on.
     */
    private int deathByParse(Mention m) {
        int h = headOf(m);
        while (sharesFate(h)) {
            h = deps.head(h);
        }
        for (int c : deps.children(h, "acl")) {
            // "X, who was killed", "X killed in a raid"; not "X, whose brother died"
            if (isDeath(c) && !negated(c) && deps.children(c, "nsubj").stream().allMatch(k -> RELATIVES.contains(word(k)))) {
                return c;
            }
        }
        int p = deps.head(h);
        if (p < 0) {
            return -1;
        }
        String rel = deps.relationToHead(h);
        List<Integer> predicates = new ArrayList<>();
        predicates.add(p);
        // "X was wounded and later died": a death verb conjoined without a subject of its own
        for (int c : deps.children(p, "conj")) {
            if (deps.children(c, "nsubj").isEmpty()) {
                predicates.add(c);
            }
        }
        for (int v : predicates) {
            if (!isDeath(v) || negated(v)) {
                continue;
            }
            String death = lemma(v);
            boolean dies = switch (death) {
                case "kill" -> rel.equals("nsubj:pass") || rel.equals("obj")
                        // headlines drop the auxiliary: "Commander X killed in air strike"
                        || rel.equals("nsubj") && deps.children(v, "obj").isEmpty() && v == p;
                case "die", "dead" -> rel.startsWith("nsubj");
                case "death" -> v == p && (rel.equals("nmod:poss") || rel.startsWith("nmod") && "of".equals(deps.caseMarker(h)));
                default -> false;
            };
            if (dies) {
                return v;
            }
        }
        // "X was found dead", "X is presumed dead"
        if (rel.startsWith("nsubj")) {
            for (int c : deps.children(p, "xcomp")) {
                if (lemma(c).equals("dead") && !negated(c)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * Without a parse: a death word shortly after the name, else one shortly before it ("death of X"), within the
     * content {@code [from, to)}.
     */
    private int deathByTokens(Mention m, int from, int to) {
        for (int k = m.tokenEnd(); k < Math.min(to, m.tokenEnd() + AFTER); k++) {
            if (isDeath(k) && !(k > 0 && NEGATORS.contains(word(k - 1)))) {
                return k;
            }
        }
        for (int k = m.tokenStart() - 1; k >= Math.max(from, m.tokenStart() - BEFORE); k--) {
            if (isDeath(k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a reporting verb or a sentence break stands between the mention and token {@code cue}. */
    private boolean reportedBetween(Mention m, int cue) {
        int from = cue < m.tokenStart() ? cue + 1 : m.tokenEnd();
        int to = cue < m.tokenStart() ? m.tokenStart() : cue;
        for (int k = from; k < to; k++) {
            if (REPORTING.contains(word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first pronoun in the content {@code [from, to)} that the entity resolver tied to an entity, with that
     * entity; null when there is none.
     */
    Claim.Reference pronoun(int from, int to) {
        Mention best = null;
        for (Mention m : doc.mentionsIn(sentence)) {
            if (EntityResolver.isPronoun(m) && THIRD_PERSON.contains(m.text().toLowerCase(Locale.ROOT)) && m.tokenStart() >= from && m.tokenEnd() <= to && doc.entityOf(m) != null
                    && (best == null || m.tokenStart() < best.tokenStart())) {
                best = m;
            }
        }
        return best == null ? null : new Claim.Reference(best.span(), doc.entityOf(best));
    }

    /**
     * Whether {@code token} stands for the same fate as its head: a conjunct ("X and Y were killed"), an apposition
     * ("X, the group's commander, was killed") or a name the parser hung loosely on its title ("the commander X").
     */
    private boolean sharesFate(int token) {
        int head = deps.head(token);
        if (head < 0) {
            return false;
        }
        String rel = deps.relationToHead(token);
        String tag = tokens.get(head).tag();
        return rel.startsWith("conj") || rel.equals("appos") || rel.equals("dep") && tag != null && tag.startsWith("NN");
    }

    /** The token of mention {@code m} that its other tokens hang on: the one whose head lies outside it. */
    private int headOf(Mention m) {
        for (int k = m.tokenEnd() - 1; k >= m.tokenStart(); k--) {
            int head = deps.head(k);
            if (head < m.tokenStart() || head >= m.tokenEnd()) {
                return k;
            }
        }
        return m.tokenEnd() - 1;
    }

    private boolean negated(int token) {
        for (int c : deps.children(token, "advmod", "neg")) {
            if (NEGATORS.contains(word(c))) {
                return true;
            }
        }
        return false;
    }

    private boolean isDeath(int token) {
        return DEATH.contains(lemma(token));
    }

    private String word(int token) {
        return tokens.get(token).word().toLowerCase(Locale.ROOT);
    }

    private String lemma(int token) {
        String lemma = tokens.get(token).lemma();
        return (lemma == null ? tokens.get(token).word() : lemma).toLowerCase(Locale.ROOT);
    }

    private Span span(int token) {
        return doc.tokenSpan(sentence, token, token + 1);
    }
}
