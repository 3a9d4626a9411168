package org.sitrep.extract.relation;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Mention;
import org.sitrep.extract.DataFile;
import org.sitrep.extract.RelationType;
import org.sitrep.extract.Stance;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Relations read from the dependency parse around a cue word, whatever the construction: a verb with its subject
 * and object, or passive subject and "by" agent, in a main clause, a relative clause ("X, which was owned by Y") or a
 * reduced one ("a firm owned by Y"); a role noun with the name it is said of and the name after its preposition or
 * before its "'s", as an apposition ("X, a subsidiary of Y"), a copula ("X is the leader of Y"), a compound ("ISIS
 * leader X"), a possessive ("Y's subcontractor, X") or a relative clause ("X, which is a unit of Y"). Coordinated
 * names all take part ("X and Y are members of Z"). The cue words and each type's direction are data
 * ({@code syntax-cues.tsv}); which arguments fit a type is checked where the relation is added.
 *
 * <p>The grounds of a designation ("Treasury sanctioned X for brokering oil sales to Y") also give a supply from the
 * designated party to the one the grounds name, as the designating body's accusation: never a supply from the body.
 */
final class SyntaxRelations {

    /** Where found relations go: the finder checks both arguments and the modality. */
    interface Sink {
        /** Adds a relation between two mentions of sentence {@code s}, stated by tokens {@code from} to {@code to}. */
        void add(DocumentContext doc, int s, RelationType type, Mention subject, Mention object, int from, int to,
                 boolean negated);

        /** Adds a relation that a claim of the document makes (an accusation), with that claim's modality. */
        void addClaimed(DocumentContext doc, int s, RelationType type, Mention subject, Mention object, int from, int to,
                        Claim claim);
    }

    /** A cue word: the relation, whether the doer (verbs) or holder (nouns) is the subject, and its prepositions. */
    record Cue(RelationType type, boolean firstIsSubject, Set<String> markers) {
    }

    private static final String RESOURCE = "/org/sitrep/extract/relation/syntax-cues.tsv";
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "that", "whose");

    private final Map<String, Cue> verbs = new HashMap<>();
    private final Map<String, Cue> nouns = new HashMap<>();
    private final Map<String, Cue> reasons = new HashMap<>();

    SyntaxRelations() {
        for (DataFile.Line line : DataFile.lines(SyntaxRelations.class, RESOURCE)) {
            if (line.size() != 5) {
                throw line.error("expected part, lemma, relation, subject, prepositions");
            }
            RelationType type;
            try {
                type = RelationType.valueOf(line.column(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown relation " + line.column(2));
            }
            String first = line.column(3);
            Set<String> markers = line.column(4).equals("-") ? Set.of() : Set.of(line.column(4).split(","));
            Cue cue = new Cue(type, first.equals("doer") || first.equals("holder") || first.equals("-"), markers);
            Map<String, Cue> table = switch (line.column(0)) {
                case "verb" -> verbs;
                case "noun" -> nouns;
                case "reason" -> reasons;
                default -> throw line.error("part must be verb, noun or reason, not " + line.column(0));
            };
            table.put(line.column(1), cue);
        }
    }

    /** Whether a sentence holds a cue word worth parsing it for. */
    boolean hasCue(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String lemma = lemma(t);
            if (t.tag().startsWith("VB") && verbs.containsKey(lemma) || t.tag().startsWith("NN") && nouns.containsKey(lemma)) {
                return true;
            }
        }
        return false;
    }

    void find(DocumentContext doc, int s, List<CoreLabel> tokens, Dependencies d, Sink sink) {
        for (int t = 0; t < tokens.size(); t++) {
            String lemma = lemma(tokens.get(t));
            String tag = tokens.get(t).tag();
            if (tag.startsWith("VB") && verbs.containsKey(lemma)) {
                verb(doc, s, d, t, verbs.get(lemma), sink);
            } else if (tag.startsWith("NN") && nouns.containsKey(lemma)) {
                noun(doc, s, d, t, nouns.get(lemma), sink);
            }
        }
    }

    private void verb(DocumentContext doc, int s, Dependencies d, int v, Cue cue, Sink sink) {
        String rel = d.relationToHead(v);
        boolean passive = !d.children(v, "nsubj:pass", "aux:pass").isEmpty()
                || rel.equals("acl") && doc.tokens(s).get(v).tag().equals("VBN");
        List<Mention> doers = new ArrayList<>();
        List<Mention> done = new ArrayList<>();
        if (passive) {
            for (int c : d.children(v, "obl")) {
                if (d.caseMarker(c).equals("by")) {
                    doers.addAll(arguments(doc, s, d, c));
                }
            }
            for (int c : d.children(v, "nsubj:pass")) {
                done.addAll(arguments(doc, s, d, c));
            }
            if (done.isEmpty() && rel.equals("acl")) {
                done.addAll(arguments(doc, s, d, d.head(v))); // "a firm owned by Y"
            }
        } else {
            List<Integer> subjects = d.children(v, "nsubj");
            if (subjects.isEmpty() && (rel.equals("conj") || rel.equals("xcomp"))) {
                subjects = d.children(d.head(v), "nsubj"); // "X bought and runs Y", "X wants to own Y"
            }
            for (int c : subjects) {
                doers.addAll(arguments(doc, s, d, c));
            }
            for (int c : d.children(v, "obj")) {
                done.addAll(arguments(doc, s, d, c));
            }
            for (int c : d.children(v, "obl")) {
                if (cue.markers().contains(d.caseMarker(c))) {
                    done.addAll(arguments(doc, s, d, c));
                }
            }
            if (done.isEmpty() && rel.equals("acl:relcl") && d.children(v, "obj").isEmpty()) {
                done.addAll(arguments(doc, s, d, d.head(v))); // "the firm that Y owns"
            }
        }
        for (Mention doer : doers) {
            for (Mention object : done) {
                if (doer != object) {
                    relate(doc, s, cue, doer, object, v, negated(d, doc.tokens(s), v), sink);
                }
            }
        }
        if (cue.type() == RelationType.SANCTIONED_BY) {
            grounds(doc, s, d, v, doers, done, sink);
        }
    }

    private void noun(DocumentContext doc, int s, Dependencies d, int n, Cue cue, Sink sink) {
        String rel = d.relationToHead(n);
        List<Mention> holders = new ArrayList<>();
        if (rel.equals("appos") || rel.equals("compound") || rel.equals("acl:relcl") && d.children(n, "cop").isEmpty()) {
            holders.addAll(arguments(doc, s, d, d.head(n))); // "X, a subsidiary of Y", "ISIS leader X"
        }
        for (int c : d.children(n, "nsubj")) {
            holders.addAll(arguments(doc, s, d, c)); // "X is the leader of Y", "X, which is a unit of Y"
        }
        for (int c : d.children(n, "appos")) {
            holders.addAll(arguments(doc, s, d, c)); // "Y's subcontractor, X", "the head of Y, X"
        }
        if (rel.equals("xcomp")) {
            for (int c : d.children(d.head(n), "nsubj", "nsubj:pass")) {
                holders.addAll(arguments(doc, s, d, c)); // "X was named commander of Y", "X became head of Y"
            }
        }
        List<Mention> anchors = new ArrayList<>();
        for (int c : d.children(n, "nmod")) {
            String marker = d.caseMarker(c);
            if (marker.equals("'s") || cue.markers().contains(marker)) {
                anchors.addAll(arguments(doc, s, d, c));
            }
        }
        for (int c : d.children(n, "nmod:poss")) {
            anchors.addAll(arguments(doc, s, d, c)); // "Y's subsidiary"
        }
        for (int c : d.children(n, "compound")) {
            doc.mentionAt(s, c).ifPresent(anchors::add); // "ISIS leader", "the Kestrel subsidiary"
        }
        for (Mention holder : holders) {
            for (Mention anchor : anchors) {
                if (holder != anchor && !holder.span().equals(anchor.span())) {
                    relate(doc, s, cue, holder, anchor, n, negated(d, doc.tokens(s), n), sink);
                }
            }
        }
    }

    private static void relate(DocumentContext doc, int s, Cue cue, Mention first, Mention second, int cueToken,
                               boolean negated, Sink sink) {
        Mention subject = cue.firstIsSubject() ? first : second;
        Mention object = cue.firstIsSubject() ? second : first;
        int from = Math.min(cueToken, Math.min(first.tokenStart(), second.tokenStart()));
        int to = Math.max(cueToken + 1, Math.max(first.tokenEnd(), second.tokenEnd()));
        sink.add(doc, s, cue.type(), subject, object, from, to, negated);
    }

    /**
     * "sanctioned X for brokering oil sales between Y and Z", "designated X over fuel shipments to Y": the grounds
     * (a "for" or "over" phrase or clause of the designating verb) name a trade, and the party it goes to. The
     * designated party supplied that party, as the designating body alleges; the body itself supplied no one.
     */
    private void grounds(DocumentContext doc, int s, Dependencies d, int v, List<Mention> designators,
                         List<Mention> designated, Sink sink) {
        if (designated.isEmpty()) {
            return;
        }
        List<CoreLabel> tokens = doc.tokens(s);
        for (int c : d.children(v, "obl", "advcl")) {
            String marker = markerOf(d, tokens, c);
            if (!marker.equals("for") && !marker.equals("over")) {
                continue;
            }
            int[] range = d.subtreeRange(c);
            for (int t = range[0]; t < range[1]; t++) {
                Cue cue = reasons.get(lemma(tokens.get(t)));
                if (cue == null) {
                    continue;
                }
                List<Mention> receivers = new ArrayList<>();
                List<Integer> heads = new ArrayList<>(List.of(t));
                if (Set.of("amod", "compound", "acl").contains(d.relationToHead(t))) {
                    heads.add(d.head(t)); // "brokering oil sales between Y and Z": the sales go between them
                }
                for (int h : heads) {
                    for (int k : d.children(h, "obl", "nmod", "obj", "iobj")) {
                        String m = d.caseMarker(k);
                        if (cue.markers().contains(m) || m.isEmpty() && d.relationToHead(k).startsWith("iobj")) {
                            receivers.addAll(arguments(doc, s, d, k));
                        }
                    }
                }
                if (receivers.isEmpty()) {
                    continue;
                }
                Claim accusation = accusation(doc, s, v, range, designators);
                for (Mention supplier : designated) {
                    for (Mention receiver : receivers) {
                        if (supplier != receiver && designators.stream().noneMatch(x -> x.span().equals(receiver.span()))) {
                            int from = Math.min(supplier.tokenStart(), receiver.tokenStart());
                            int to = Math.max(supplier.tokenEnd(), receiver.tokenEnd());
                            sink.addClaimed(doc, s, RelationType.SUPPLY, supplier, receiver, from, to, accusation);
                        }
                    }
                }
                return;
            }
        }
    }

    /** Negators of a verb: "never bought", "did not own", "has n't supplied". */
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

    /** Whether the verb (or the copula or auxiliary of a role noun) is negated. */
    static boolean negated(Dependencies d, List<CoreLabel> tokens, int verb) {
        for (int c : d.children(verb, "advmod", "neg")) {
            if (NEGATORS.contains(tokens.get(c).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The case marker or subordinating word of a phrase or clause ("for" in "for brokering", "for its sales"). */
    private static String markerOf(Dependencies d, List<CoreLabel> tokens, int head) {
        String marker = d.caseMarker(head);
        if (!marker.isEmpty()) {
            return marker;
        }
        for (int m : d.children(head, "mark")) {
            return tokens.get(m).word().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /**
     * The designating body's accusation: its name as the source, the designating verb as the cue, the grounds as the
     * content. Added to the document's claims so the supply it states carries it (alleged, by whom).
     */
    private static Claim accusation(DocumentContext doc, int s, int verb, int[] grounds, List<Mention> designators) {
        Span cue = doc.tokenSpan(s, verb, verb + 1);
        Span content = doc.tokenSpan(s, grounds[0], grounds[1]);
        for (Claim c : doc.claims()) {
            if (c.cue().equals(cue) && c.content().equals(content)) {
                return c;
            }
        }
        Mention source = designators.isEmpty() ? null : designators.getFirst();
        Claim claim = new Claim("c" + (doc.claims().size() + 1), source == null ? null : doc.entityOf(source),
                source == null ? null : source.text(), cue, content, Stance.ACCUSES, List.of());
        doc.claims().add(claim);
        return claim;
    }

    /**
     * The mentions a nominal argument stands for: itself, or a relative pronoun's antecedent ("Hesco, which ..."), or
     * the name apposed to a common noun ("a subcontractor, Hesco"), and every name coordinated with it.
     */
    private static List<Mention> arguments(DocumentContext doc, int s, Dependencies d, int token) {
        List<Mention> found = new ArrayList<>();
        if (token < 0) {
            return found;
        }
        int t = token;
        String word = doc.tokens(s).get(t).word().toLowerCase(Locale.ROOT);
        if (RELATIVE_PRONOUNS.contains(word) && doc.mentionAt(s, t).isEmpty()) {
            int clause = d.head(t);
            if (clause < 0 || !d.relationToHead(clause).equals("acl:relcl")) {
                return found;
            }
            t = d.head(clause);
        }
        for (int c : d.withConjuncts(t)) {
            for (Mention m : nominal(doc, s, d, c)) {
                if (!found.contains(m)) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    private static List<Mention> nominal(DocumentContext doc, int s, Dependencies d, int t) {
        var at = doc.mentionAt(s, t);
        List<Mention> found = new ArrayList<>();
        for (int c : d.children(t, "appos")) {
            doc.mentionAt(s, c).filter(m -> !m.isDescription()).ifPresent(found::add);
        }
        if (found.isEmpty() && !d.children(t, "cop").isEmpty()) {
            for (int c : d.children(t, "nsubj")) {
                // "X is a firm owned by Y": the firm the clause hangs on is X
                doc.mentionAt(s, c).filter(m -> !m.isDescription()).ifPresent(found::add);
            }
        }
        if (at.isPresent() && (!at.get().isDescription() || found.isEmpty())) {
            return List.of(at.get()); // a name, or a description no name is apposed to ("a firm, X": X)
        }
        if (!found.isEmpty()) {
            return found;
        }
        if (found.isEmpty() && d.relationToHead(t).equals("appos")) {
            doc.mentionAt(s, d.head(t)).ifPresent(found::add);
        }
        return found;
    }

    private static String lemma(CoreLabel t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
