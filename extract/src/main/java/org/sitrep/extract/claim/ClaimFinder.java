package org.sitrep.extract.claim;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Datelines;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.Mention;
import org.sitrep.extract.ParseNeed;
import org.sitrep.extract.Stance;
import org.sitrep.model.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * Finds claims: a reporting verb with a clause as its content ("the ministry said that ..."), the same verb after
 * the content ("..., the official said"), a verb of accusing, denying or confirming with its object, and
 * attributions with "according to". The verb decides the stance.
 */
public final class ClaimFinder implements ExtractionStage, ParseNeed {

    private static final Map<String, Stance> CUE_LEMMAS = Map.ofEntries(
            Map.entry("say", Stance.ASSERTS), Map.entry("tell", Stance.ASSERTS), Map.entry("state", Stance.ASSERTS),
            Map.entry("claim", Stance.ASSERTS), Map.entry("report", Stance.ASSERTS), Map.entry("announce", Stance.ASSERTS),
            Map.entry("add", Stance.ASSERTS), Map.entry("warn", Stance.ASSERTS), Map.entry("insist", Stance.ASSERTS),
            Map.entry("assert", Stance.ASSERTS), Map.entry("argue", Stance.ASSERTS), Map.entry("declare", Stance.ASSERTS),
            Map.entry("write", Stance.ASSERTS), Map.entry("estimate", Stance.ASSERTS), Map.entry("believe", Stance.ASSERTS),
            Map.entry("deny", Stance.DENIES), Map.entry("reject", Stance.DENIES), Map.entry("dismiss", Stance.DENIES),
            Map.entry("refute", Stance.DENIES),
            Map.entry("confirm", Stance.CONFIRMS), Map.entry("acknowledge", Stance.CONFIRMS),
            Map.entry("admit", Stance.CONFIRMS), Map.entry("verify", Stance.CONFIRMS),
            Map.entry("dispute", Stance.DISPUTES), Map.entry("contest", Stance.DISPUTES),
            Map.entry("question", Stance.DISPUTES), Map.entry("doubt", Stance.DISPUTES),
            Map.entry("accuse", Stance.ACCUSES), Map.entry("blame", Stance.ACCUSES), Map.entry("allege", Stance.ACCUSES),
            Map.entry("charge", Stance.ACCUSES), Map.entry("condemn", Stance.ACCUSES));

    /** A claim is worth parsing for when it may name its source or state an event or relation: it holds a name. */
    @Override
    public boolean needsParse(DocumentContext doc, int sentence) {
        if (doc.mentionsIn(sentence).isEmpty()) {
            return false;
        }
        for (CoreLabel t : doc.tokens(sentence)) {
            if (t.tag().startsWith("VB") && CUE_LEMMAS.containsKey(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void process(DocumentContext doc) {
        for (int s = 0; s < doc.sentences().size(); s++) {
            List<CoreLabel> tokens = doc.tokens(s);
            findAccordingTo(doc, s, tokens);
            Optional<Dependencies> parse = doc.parse(s).map(Dependencies::new);
            if (parse.isEmpty()) {
                continue;
            }
            Dependencies deps = parse.get();
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                Stance stance = CUE_LEMMAS.get(t.lemma().toLowerCase(Locale.ROOT));
                if (stance != null && t.tag().startsWith("VB")) {
                    reportingVerb(doc, s, i, stance, deps, tokens);
                }
            }
        }
    }

    /**
     * Heads of subjects that cannot be anyone's source: in the headline "Death toll disputed after raid" the toll is
     * what is disputed, not who disputes it. Such a claim is kept, without a source.
     */
    private static final Set<String> NOT_SPEAKERS = Set.of("toll", "figure", "number", "count", "death", "casualty",
            "fatality", "tally", "estimate", "strike", "attack", "raid", "bombardment", "fighting", "truce", "ceasefire",
            "deal", "agreement", "fate", "claim", "account", "accusation", "allegation");

    private void reportingVerb(DocumentContext doc, int s, int verb, Stance stance, Dependencies deps,
                               List<CoreLabel> tokens) {
        int[] content = null;
        List<Integer> clauses = deps.children(verb, "ccomp");
        if (!clauses.isEmpty()) {
            content = deps.subtreeRange(clauses.getFirst());
        } else if (deps.relationToHead(verb).startsWith("parataxis") && deps.head(verb) >= 0) {
            // "Fighting resumed on Sunday, the monitor said": the content is the clause before the cue.
            int[] own = deps.subtreeRange(verb);
            content = own[0] > 0 ? new int[] {0, own[0]} : new int[] {own[1], tokens.size()};
        } else if (stance != Stance.ASSERTS) {
            List<Integer> objects = deps.children(verb, "obj", "obl", "advcl", "xcomp");
            if (!objects.isEmpty()) {
                content = deps.subtreeRange(objects.getLast());
                for (int o : objects) {
                    int[] r = deps.subtreeRange(o);
                    content[0] = Math.min(content[0], r[0]);
                    content[1] = Math.max(content[1], r[1]);
                }
            }
        }
        if (content == null) {
            content = clauseAfter(deps, tokens, verb);
        }
        if (content == null) {
            return;
        }
        content = trimPunctuation(tokens, content);
        if (content[1] - content[0] < 2) {
            return;
        }
        List<Integer> subjects = deps.children(verb, "nsubj");
        String source = null;
        String sourceText = null;
        if (!subjects.isEmpty() && !NOT_SPEAKERS.contains(tokens.get(subjects.getFirst()).lemma().toLowerCase(Locale.ROOT))) {
            int[] subject = speaker(deps, tokens, subjects.getFirst());
            sourceText = doc.tokenSpan(s, subject[0], subject[1]).text();
            source = entityWithin(doc, s, subject[0], subject[1]);
        }
        addClaim(doc, s, deps, source, sourceText, verb, verb + 1, content, stance);
    }

    /**
     * The parser misreads "SANA said army units and "supporting forces" had struck ..." as said-with-an-object plus a
     * second verb; when a finite verb follows the cue within what hangs on it, the words after the cue are what was
     * said. Without one ("said on Monday") there is no content.
     */
    private static int[] clauseAfter(Dependencies deps, List<CoreLabel> tokens, int verb) {
        int end = deps.subtreeRange(verb)[1];
        for (int k = verb + 1; k < end; k++) {
            String tag = tokens.get(k).tag();
            if (tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"))) {
                return new int[] {verb + 1, end};
            }
        }
        return null;
    }

    /**
     * The words naming whoever speaks: the subject's subtree, less a dateline the parser hung on it ("GAZIANTEP,
     * 15 March 2016 — Activists said ...": the activists speak, not the city).
     */
    private static int[] speaker(Dependencies deps, List<CoreLabel> tokens, int head) {
        int[] range = deps.subtreeRange(head);
        int proper = Datelines.end(tokens);
        if (range[0] < proper && proper < range[1]) {
            range[0] = proper;
        }
        return range;
    }

    /** "According to X, ..." and "..., according to X": no parse needed. */
    private void findAccordingTo(DocumentContext doc, int s, List<CoreLabel> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).word().equalsIgnoreCase("according") || !tokens.get(i + 1).word().equalsIgnoreCase("to")) {
                continue;
            }
            int sourceStart = i + 2;
            int sourceEnd = sourceStart;
            while (sourceEnd < tokens.size() && !isClauseBoundary(tokens.get(sourceEnd).word())) {
                sourceEnd++;
            }
            if (sourceEnd == sourceStart) {
                continue;
            }
            int[] content = i <= 1 ? new int[] {Math.min(sourceEnd + 1, tokens.size()), tokens.size()}
                    : new int[] {0, i};
            content = trimPunctuation(tokens, content);
            if (content[1] - content[0] < 2) {
                continue;
            }
            addClaim(doc, s, doc.parse(s).map(Dependencies::new).orElse(null), entityWithin(doc, s, sourceStart, sourceEnd),
                    doc.tokenSpan(s, sourceStart, sourceEnd).text(), i, i + 2, content, Stance.ASSERTS);
        }
    }

    private static boolean isClauseBoundary(String word) {
        return word.equals(",") || word.equals(".") || word.equals(";") || word.equals(":") || word.equals("--");
    }

    private static int[] trimPunctuation(List<CoreLabel> tokens, int[] range) {
        int from = range[0];
        int to = range[1];
        while (from < to && isTrimmable(tokens.get(from).word())) {
            from++;
        }
        while (to > from && isTrimmable(tokens.get(to - 1).word())) {
            to--;
        }
        return new int[] {from, to};
    }

    private static boolean isTrimmable(String word) {
        return word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0)) || word.equals("``")
                || word.equals("''");
    }

    private static String entityWithin(DocumentContext doc, int s, int from, int to) {
        for (Mention m : doc.mentionsIn(s)) {
            if (m.tokenStart() >= from && m.tokenEnd() <= to && m.type().isActor()) {
                return doc.entityOf(m);
            }
        }
        for (Mention m : doc.mentionsIn(s)) {
            if (m.tokenStart() >= from && m.tokenEnd() <= to) {
                return doc.entityOf(m);
            }
        }
        return null;
    }

    /**
     * Adds the claim whose cue is tokens {@code [cueFrom, cueTo)} and content tokens {@code content} of sentence
     * {@code s}, unless a claim already has that content; its words are read here, once ({@link ClaimReader}), so
     * that nothing downstream re-reads them.
     */
    private static void addClaim(DocumentContext doc, int s, Dependencies deps, String source, String sourceText,
                                 int cueFrom, int cueTo, int[] content, Stance stance) {
        Span cue = doc.tokenSpan(s, cueFrom, cueTo);
        Span said = doc.tokenSpan(s, content[0], content[1]);
        for (Claim c : doc.claims()) {
            if (c.content().equals(said)) {
                return;
            }
        }
        String id = "c" + (doc.claims().size() + 1);
        ClaimReader reader = new ClaimReader(doc, s, deps);
        int from = Math.min(cueFrom, content[0]);
        int to = Math.max(cueTo, content[1]);
        // "according to" is no verb that a "not" could negate
        Span negation = cueTo - cueFrom == 1 ? reader.negation(cueFrom) : null;
        doc.claims().add(new Claim(id, source, sourceText, cue, said, stance, List.of(),
                ClaimReader.hedgeWithin(doc, doc.tokenSpan(s, from, to)), negation,
                reader.deaths(content[0], content[1], from, to), reader.pronoun(content[0], content[1])));
    }
}
