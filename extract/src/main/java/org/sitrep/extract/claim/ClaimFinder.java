package org.sitrep.extract.claim;

import edu.stanford.nlp.ling.CoreLabel;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Datelines;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.Mention;
import org.sitrep.extract.ParseNeed;
import org.sitrep.extract.Stance;
import org.sitrep.extract.cue.CueTable;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds claims: a reporting verb with a clause as its content ("the ministry said that ..."), the same verb after
 * the content ("..., the official said"), a verb of accusing, denying or confirming with its object, and
 * attributions with "according to". The verb decides the stance. The speaker is the cue's subject, or that of the
 * verb a participle hangs on ("..., saying"); a pronoun speaker is whom the text quoted last. The cue words and
 * the word lists are data ({@code cues.tsv} beside this class).
 *
 * <p>Measured with {@code sitrep eval claims} on Sitrep's labelled claims (tuning / held-out): before this reading
 * of sources, participles, loose quotes and speakers that are no names, claim recall 0.870 / 0.872, content
 * precision 0.962 / 0.968, source right 0.949 / 0.991; after, 0.982 / 0.960, 0.996 / 0.993, 0.989 / 0.983.
 */
public final class ClaimFinder implements ExtractionStage, ParseNeed {

    /** The words of claims: cue verbs by stance, and the word lists below (see the file). */
    private static final CueTable CUES = CueTable.load(ClaimFinder.class, "cues.tsv");

    private static final Map<String, Stance> CUE_LEMMAS = cueLemmas();

    /** Verbs of saying whose object is what was said ("reported 23 air strikes"). */
    private static final Set<String> OBJECT_CONTENT = words("object-content");

    /** Verbs that deny only what is a claim ("dismissed the report", not "dismissed the army chief"). */
    private static final Set<String> ONLY_CLAIMS = words("only-claims");

    /** Nouns that name something said. */
    private static final Set<String> CLAIM_NOUNS = words("claim-noun");

    /**
     * Heads of subjects that cannot be anyone's source: in the headline "Death toll disputed after raid" the toll is
     * what is disputed, not who disputes it. Such a claim is kept, without a source.
     */
    private static final Set<String> NOT_SPEAKERS = words("not-speaker");

    /** Relative pronouns: the speaker of "observers, who said ..." is the observers. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    /** Pronouns that stand for a person, and for an institution or group, as a speaker. */
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> IMPERSONAL = Set.of("it");
    /** "They" is a group or an institution; a person named alone is no "they". */
    private static final Set<String> PLURAL = Set.of("they");

    /** Relations by which a verb without a subject of its own shares its head's: "..., saying", "and said". */
    private static final Set<String> SHARED_SUBJECT = Set.of("advcl", "xcomp", "conj", "acl", "dep");

    /** How many sentences back the speaker a pronoun stands for may have spoken. */
    private static final int SPEAKER_SENTENCES = 3;

    private static Map<String, Stance> cueLemmas() {
        Map<String, Stance> m = new HashMap<>();
        for (Stance st : Stance.values()) {
            for (String w : words(st.label())) {
                m.put(w, st);
            }
        }
        return Map.copyOf(m);
    }

    /** The words of {@code kind}: the file's patterns are plain lower-case words. */
    private static Set<String> words(String kind) {
        return CUES.of(kind).stream().map(Pattern::pattern).collect(Collectors.toUnmodifiableSet());
    }

    /** A claim is worth parsing for whenever a verb of saying may mark one: the speaker need not be a name. */
    @Override
    public boolean needsParse(DocumentContext doc, int sentence) {
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

    /** "NEW YORK (Reuters) - Police said ...": what stands before the dash is the dateline, not what was said. */
    private static boolean afterDateline(List<CoreLabel> tokens, int clauseStart) {
        if (clauseStart <= 0) {
            return false;
        }
        String before = tokens.get(clauseStart - 1).word();
        return before.equals("-") || before.equals("--") || before.equals("\u2014") || before.equals("\u2013");
    }

    private void reportingVerb(DocumentContext doc, int s, int verb, Stance stance, Dependencies deps,
                               List<CoreLabel> tokens) {
        String lemma = lemma(tokens, verb);
        int[] content = null;
        List<Integer> clauses = new ArrayList<>(deps.children(verb, "ccomp"));
        if (clauses.isEmpty()) {
            // "told the inquiry that the ship had left": the parser hangs the clause on the addressee
            List<Integer> objects = new ArrayList<>(deps.children(verb, "obj", "iobj"));
            // "rejected accusations that ..." misread with the cue as an adjective of the noun after it
            int head = deps.head(verb);
            if (deps.relationToHead(verb).equals("amod") && head > verb && CLAIM_NOUNS.contains(lemma(tokens, head))) {
                objects.add(head);
            }
            for (int o : objects) {
                clauses.addAll(deps.children(o, "ccomp"));
            }
        }
        // "..., saying the cranes were old" read as a marker of the clause after it: the clause is the content, the
        // subject of the verb that clause hangs on speaks
        boolean marker = deps.relationToHead(verb).equals("mark") && deps.head(verb) > verb;
        if (marker && clauses.isEmpty()) {
            clauses.add(deps.head(verb));
        }
        // a cue without a subject at the end of the sentence ("Gunmen attacked ..., a local official said") does not
        // share the subject of the story's verb it hangs on: the words before it name the speaker
        int[] tail = deps.children(verb, "nsubj").isEmpty() && clauses.isEmpty() ? tailSpeaker(tokens, verb) : null;
        int subject = tail != null ? -1
                : marker ? (deps.head(deps.head(verb)) >= 0 ? subjectOf(deps, tokens, deps.head(deps.head(verb))) : -1)
                : subjectOf(deps, tokens, verb);
        List<Integer> before = speechBefore(deps, tokens, verb);
        List<Integer> after = speechAfter(deps, tokens, verb);
        if (!clauses.isEmpty()) {
            content = deps.subtreeRange(clauses.getFirst());
            if (marker) {
                content[0] = Math.max(content[0], verb + 1);
            }
        } else if (tail != null) {
            content = new int[] {0, tail[2]};
        } else if ((deps.relationToHead(verb).startsWith("parataxis") || deps.relationToHead(verb).equals("dep"))
                && deps.head(verb) >= 0 && deps.head(verb) < verb && !deps.children(verb, "nsubj").isEmpty()
                && !afterDateline(tokens, deps.subtreeRange(verb)[0])) {
            // "Fighting resumed on Sunday, the monitor said": the content is the clause before the cue.
            int[] own = deps.subtreeRange(verb);
            content = own[0] > 0 ? new int[] {0, own[0]} : new int[] {own[1], tokens.size()};
        } else if (!before.isEmpty()) {
            // "'They opened fire first,' said the major", "Tanker seized, owners say": the quote before the cue
            content = union(deps, before);
        } else if (!after.isEmpty() && stance == Stance.ASSERTS
                && !(OBJECT_CONTENT.contains(lemma) && !deps.children(verb, "obj").isEmpty())) {
            // "told reporters she was hopeful": the clause after the addressee
            content = union(deps, after);
        } else if (stance != Stance.ASSERTS || OBJECT_CONTENT.contains(lemma)) {
            List<Integer> objects = new ArrayList<>(deps.children(verb, "obj"));
            if (stance != Stance.ASSERTS) {
                for (int o : deps.children(verb, "obl", "advcl", "xcomp", "dep")) {
                    // "accused the army of shelling", "blamed the rebels for the breach", "denied carrying out";
                    // not "..., saying the cargo was legal", a claim of its own, nor "through his lawyers"
                    boolean said = CUE_LEMMAS.containsKey(lemma(tokens, o));
                    String preposition = deps.caseMarker(o);
                    boolean loose = deps.relationToHead(o).startsWith("obl") && !preposition.isEmpty()
                            && !Set.of("of", "for", "as", "over").contains(preposition);
                    if (!said && !loose && o > verb) {
                        objects.add(o);
                    }
                }
            }
            if (!objects.isEmpty()) {
                content = union(deps, objects);
            }
            if (content != null && ONLY_CLAIMS.contains(lemma) && clauses.isEmpty()
                    && deps.children(verb, "obj").stream().noneMatch(o -> CLAIM_NOUNS.contains(lemma(tokens, o)))) {
                return; // "dismissed the army chief": nothing said is denied
            }
        }
        if (content == null) {
            content = clauseAfter(deps, tokens, verb);
        }
        if (content == null) {
            return;
        }
        content = beforeOtherCue(tokens, content, verb);
        content = trimPunctuation(tokens, content);
        content = dropMarker(tokens, content, stance);
        if (content[1] - content[0] < 2 && !(content[1] - content[0] == 1 && stance != Stance.ASSERTS
                && CLAIM_NOUNS.contains(lemma(tokens, content[0])))) {
            return;
        }
        String source = null;
        String sourceText = null;
        if (tail != null) {
            sourceText = doc.tokenSpan(s, tail[0], tail[1]).text();
            source = entityWithin(doc, s, tail[0], tail[1]);
        } else if (subject >= 0 && !NOT_SPEAKERS.contains(lemma(tokens, subject))) {
            int[] range = speaker(deps, tokens, subject);
            if (range[1] > range[0] && (range[1] <= content[0] || range[0] >= content[1])) {
                sourceText = doc.tokenSpan(s, range[0], range[1]).text();
                String word = tokens.get(subject).word().toLowerCase(Locale.ROOT);
                boolean pronoun = range[1] - range[0] == 1
                        && (PERSONAL.contains(word) || IMPERSONAL.contains(word) || PLURAL.contains(word));
                source = pronoun ? speakerBefore(doc, s, subject, word) : entityWithin(doc, s, range[0], range[1], subject, deps);
            }
        }
        addClaim(doc, s, deps, source, sourceText, verb, verb + 1, content, stance);
    }

    /**
     * The subject of the cue {@code verb}: its own, else (for "..., saying", "and said", "a statement denying") the
     * subject of the verb it hangs on, a few steps up; for "quoted X as saying" the one quoted. A relative pronoun
     * stands for the noun before it ("observers, who said"). -1 when there is none.
     */
    private static int subjectOf(Dependencies deps, List<CoreLabel> tokens, int verb) {
        int v = verb;
        for (int step = 0; step < 3 && v >= 0; step++) {
            List<Integer> subjects = deps.children(v, "nsubj");
            if (v != verb && lemma(tokens, v).equals("quote") && !deps.children(v, "obj").isEmpty()) {
                return deps.children(v, "obj").getFirst();
            }
            if (!subjects.isEmpty()) {
                int subject = subjects.getFirst();
                if (RELATIVES.contains(tokens.get(subject).word().toLowerCase(Locale.ROOT))) {
                    int k = subject - 1;
                    while (k >= 0 && isTrimmable(tokens.get(k).word())) {
                        k--;
                    }
                    return k >= 0 && tokens.get(k).tag().startsWith("NN") ? k : -1;
                }
                return subject;
            }
            String rel = deps.relationToHead(v);
            int colon = rel.indexOf(':');
            String base = colon < 0 ? rel : rel.substring(0, colon);
            // "his office issued a statement denying ...": the statement's issuer speaks
            boolean issued = base.equals("obj") && CLAIM_NOUNS.contains(lemma(tokens, v));
            if (!SHARED_SUBJECT.contains(base) && !issued) {
                return -1;
            }
            v = deps.head(v);
        }
        return -1;
    }

    /**
     * "..., killing six passengers, a local official said." and "..., said Amal Haddad, an official." when the parser
     * lost the frame (the cue hangs on the story's verb, without a subject): the words between the last comma and a
     * cue at the sentence's end, or after a cue right behind the comma, name the speaker; the words before the comma
     * are what was said. Returns the speaker's first and one-past-last token and the content's end, or null.
     */
    private static int[] tailSpeaker(List<CoreLabel> tokens, int verb) {
        int end = tokens.size();
        while (end > verb + 1 && isTrimmable(tokens.get(end - 1).word())) {
            end--;
        }
        if (verb >= 2 && tokens.get(verb - 1).word().equals(",")) {
            // "..., said Amal Haddad, a Red Crescent official."
            int to = verb + 1;
            while (to < end && !tokens.get(to).word().equals(",") && !isVerb(tokens, to)) {
                to++;
            }
            return to > verb + 1 && to - verb <= 6 && (to == end || tokens.get(to).word().equals(","))
                    ? new int[] {verb + 1, to, verb - 1} : null;
        }
        if (end - verb - 1 > 3) {
            return null; // more than "said on Sunday" follows
        }
        int comma = verb - 1;
        while (comma >= 0 && !tokens.get(comma).word().equals(",")) {
            if (isVerb(tokens, comma)) {
                return null;
            }
            comma--;
        }
        return comma >= 2 && verb - comma - 1 >= 1 && verb - comma - 1 <= 6 ? new int[] {comma + 1, verb, comma} : null;
    }

    private static boolean isVerb(List<CoreLabel> tokens, int token) {
        String tag = tokens.get(token).tag();
        return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
    }

    /**
     * Clauses said before the cue that the parser hung on it loosely ("'We responded,' said the major" as dep,
     * "Tanker seized, owners say" as advcl): predicates before the cue and before its subject, with no marker of
     * time or condition ("After the talks ended, he said" is no quote).
     */
    private static List<Integer> speechBefore(Dependencies deps, List<CoreLabel> tokens, int verb) {
        List<Integer> out = new ArrayList<>();
        List<Integer> subjects = deps.children(verb, "nsubj");
        int limit = subjects.isEmpty() ? verb : Math.min(verb, deps.subtreeRange(subjects.getFirst())[0]);
        for (int c : deps.children(verb, "dep", "advcl", "parataxis")) {
            if (c < limit && isClause(deps, c) && deps.children(c, "mark").isEmpty()
                    && deps.subtreeRange(c)[1] <= limit) {
                out.add(c);
            }
        }
        return out;
    }

    /** Clauses said after the cue that the parser hung on it loosely ("told reporters she was hopeful"). */
    private static List<Integer> speechAfter(Dependencies deps, List<CoreLabel> tokens, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int c : deps.children(verb, "dep", "parataxis")) {
            if (c > verb && isClause(deps, c) && deps.children(c, "mark").isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether {@code token} heads a clause with a subject of its own ("she was hopeful", "tanker seized"), as what is
     * said does; "..., accusing them of ..." is no content of the verb before it.
     */
    private static boolean isClause(Dependencies deps, int token) {
        return !deps.children(token, "nsubj").isEmpty();
    }

    /** The tokens from the first to the last of the subtrees of {@code heads}. */
    private static int[] union(Dependencies deps, List<Integer> heads) {
        int[] out = deps.subtreeRange(heads.getFirst());
        for (int h : heads) {
            int[] r = deps.subtreeRange(h);
            out[0] = Math.min(out[0], r[0]);
            out[1] = Math.max(out[1], r[1]);
        }
        return out;
    }

    /**
     * The content up to another cue that follows a comma ("disputed that claim, saying the cargo was legal"): what
     * follows it is that cue's own claim.
     */
    private static int[] beforeOtherCue(List<CoreLabel> tokens, int[] range, int verb) {
        for (int k = Math.max(range[0], verb + 1) + 1; k < range[1]; k++) {
            if (tokens.get(k - 1).word().equals(",") && "VBG".equals(tokens.get(k).tag())
                    && CUE_LEMMAS.containsKey(lemma(tokens, k))) {
                return new int[] {range[0], k - 1};
            }
        }
        return range;
    }

    /**
     * The content without the "that" that only joins it to the cue; a question ("questioned whether ...") disputes
     * what follows "whether".
     */
    private static int[] dropMarker(List<CoreLabel> tokens, int[] range, Stance stance) {
        if (range[1] - range[0] > 2) {
            String first = tokens.get(range[0]).word().toLowerCase(Locale.ROOT);
            if (first.equals("that") && tokens.get(range[0]).tag().equals("IN")
                    || stance == Stance.DISPUTES && (first.equals("whether") || first.equals("if"))) {
                return new int[] {range[0] + 1, range[1]};
            }
        }
        return range;
    }

    /**
     * The entity a pronoun speaker stands for: the named source of the latest claim at most
     * {@value #SPEAKER_SENTENCES} sentences back whose kind fits the pronoun ("he" a person, "it" no person), as
     * news goes on quoting whom it quoted last; none when the latest fitting speaker was nobody named ("A senior
     * official said ... He told reporters"). Without an earlier speaker, whom the entity resolver tied the pronoun
     * to, if that can speak and fits.
     */
    private static String speakerBefore(DocumentContext doc, int s, int token, String pronoun) {
        int from = doc.sentenceSpan(Math.max(0, s - SPEAKER_SENTENCES)).start();
        int here = doc.tokenSpan(s, token, token + 1).start();
        List<Claim> claims = doc.claims();
        for (int k = claims.size() - 1; k >= 0; k--) {
            Claim c = claims.get(k);
            if (c.cue().start() >= here) {
                continue;
            }
            if (c.cue().start() < from) {
                break;
            }
            if (c.source() == null) {
                if (c.sourceText() != null && fitsDescription(c.sourceText(), pronoun)) {
                    return null;
                }
                continue;
            }
            if (doc.entity(c.source()).map(e -> fits(e.type(), pronoun)).orElse(false)) {
                return c.source();
            }
        }
        for (Mention m : doc.mentionsIn(s)) {
            if (m.tokenStart() == token) {
                String id = doc.entityOf(m);
                if (id != null && doc.entity(id).map(e -> e.type().isActor() && fits(e.type(), pronoun)).orElse(false)) {
                    return id;
                }
            }
        }
        return null;
    }

    private static boolean fits(EntityType type, String pronoun) {
        if (PERSONAL.contains(pronoun)) {
            return type == EntityType.PERSON;
        }
        return type != EntityType.PERSON;
    }

    /** Whether an unnamed speaker ("a senior official", "the ministry") may be whom {@code pronoun} stands for. */
    private static boolean fitsDescription(String text, String pronoun) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals(pronoun) || t.length() < 3) {
            return false;
        }
        boolean plural = t.endsWith("s") && !t.endsWith("ss");
        if (PERSONAL.contains(pronoun)) {
            return !plural;
        }
        return IMPERSONAL.contains(pronoun) ? !plural : plural;
    }

    /**
     * The parser misreads "SANA said army units and "supporting forces" had struck ..." as said-with-an-object plus a
     * second verb; when a finite verb follows the cue within what hangs on it, the words after the cue are what was
     * said. Without one ("said on Monday") there is no content.
     */
    private static int[] clauseAfter(Dependencies deps, List<CoreLabel> tokens, int verb) {
        int end = deps.subtreeRange(verb)[1];
        int from = verb + 1;
        // "told reporters the family had waited": the addressee right after the cue is not what was said
        for (int c : deps.children(verb, "iobj", "obj", "obl")) {
            int[] r = deps.subtreeRange(c);
            if (c > verb && r[0] == from && lemma(tokens, verb).equals("tell") && !hasFiniteVerb(tokens, r[0], r[1])) {
                from = r[1];
                break;
            }
        }
        return hasFiniteVerb(tokens, from, end) ? new int[] {from, end} : null;
    }

    private static boolean hasFiniteVerb(List<CoreLabel> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String tag = tokens.get(k).tag();
            if (tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"))) {
                return true;
            }
        }
        return false;
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
        // "by observers, who said": neither the preposition nor the relative clause names the speaker
        for (int c : deps.children(head, "case")) {
            if (c == range[0]) {
                range[0]++;
            }
        }
        for (int c : deps.children(head, "acl")) {
            int[] r = deps.subtreeRange(c);
            if (r[1] >= range[1] && r[0] > head && deps.relationToHead(c).startsWith("acl:relcl")) {
                range[1] = r[0];
            }
        }
        if (range[1] > head + 1 && tokens.get(head + 1).word().equalsIgnoreCase("who")) {
            range[1] = head + 1;
        }
        while (range[1] > range[0] + 1 && isTrimmable(tokens.get(range[1] - 1).word())) {
            range[1]--;
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
            if (i > 1 && !hasFiniteVerb(tokens, 0, i) && sourceEnd < tokens.size() && tokens.get(sourceEnd).word().equals(",")
                    && hasFiniteVerb(tokens, sourceEnd + 1, tokens.size())) {
                // "The convoy, according to the monitor, reached the town": the words before hold no verb, the
                // statement goes on after the source
                content = new int[] {sourceEnd + 1, tokens.size()};
            }
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
     * The entity that speaks in the subject {@code [from, to)} headed by {@code head}: a mention of the head itself
     * or of a name set beside it ("A former army general, Viktor Halden"; "Defence Minister Ali Reza"), a person's
     * name first, then an actor's name; else the first actor's name within ("Russia's defence ministry"); else a
     * description of the head, or, as for "according to", the first actor mentioned within.
     */
    private static String entityWithin(DocumentContext doc, int s, int from, int to, int head, Dependencies deps) {
        List<Integer> heads = new ArrayList<>(List.of(head));
        heads.addAll(deps.children(head, "appos", "compound", "flat", "dep"));
        Mention best = null;
        for (Mention m : doc.mentionsIn(s)) {
            if (m.tokenStart() < from || m.tokenEnd() > to || doc.entityOf(m) == null
                    || heads.stream().noneMatch(m::covers)) {
                continue;
            }
            if (best == null || rank(m) < rank(best)) {
                best = m;
            }
        }
        if (best != null && rank(best) <= 1) {
            return doc.entityOf(best);
        }
        // "Russia's defence ministry", "The Moscow office of Hesco ...": the name within, not the described head
        for (Mention m : doc.mentionsIn(s)) {
            if (m.tokenStart() >= from && m.tokenEnd() <= to && rank(m) <= 1 && doc.entityOf(m) != null) {
                return doc.entityOf(m);
            }
        }
        return best != null ? doc.entityOf(best) : entityWithin(doc, s, from, to);
    }

    /** How well a mention names a speaker: a person's name, another actor's name, a description, anything else. */
    private static int rank(Mention m) {
        if (!m.type().isActor()) {
            return 3;
        }
        if (m.isDescription()) {
            return 2;
        }
        return m.type() == EntityType.PERSON ? 0 : 1;
    }

    private static String lemma(List<CoreLabel> tokens, int token) {
        String lemma = tokens.get(token).lemma();
        return (lemma == null ? tokens.get(token).word() : lemma).toLowerCase(Locale.ROOT);
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
