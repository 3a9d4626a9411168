package org.sitrep.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.extract.nlp.Offsets;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working state of one document while the stages run: its text, CoreNLP's annotation, and the findings so far.
 * Not thread-safe; one context per document.
 */
public final class DocumentContext {

    private final String text;
    private final Offsets offsets;
    private final DocDate date;
    private Annotation annotation;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<Mention, String> entityOfMention = new HashMap<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Span> hedges = new ArrayList<>();
    private TruceReading truce = TruceReading.NONE;
    private SupplyReading supply = SupplyReading.NONE;
    private int parsedSentences;

    public DocumentContext(String text, DocDate date) {
        this.text = text;
        this.offsets = new Offsets(text);
        this.date = date == null ? DocDate.UNKNOWN : date;
    }

    public String text() {
        return text;
    }

    public Offsets offsets() {
        return offsets;
    }

    public DocDate date() {
        return date;
    }

    public Annotation annotation() {
        if (annotation == null) {
            throw new IllegalStateException("the document has not been tagged yet");
        }
        return annotation;
    }

    public void setAnnotation(Annotation annotation) {
        this.annotation = annotation;
    }

    public List<CoreMap> sentences() {
        return annotation().get(CoreAnnotations.SentencesAnnotation.class);
    }

    public List<CoreLabel> tokens(int sentence) {
        return sentences().get(sentence).get(CoreAnnotations.TokensAnnotation.class);
    }

    /** The sentence's dependency parse, if the parser was run on it. */
    public Optional<SemanticGraph> parse(int sentence) {
        return Optional.ofNullable(sentences().get(sentence)
                .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
    }

    /** The time expressions SUTime found in a sentence (empty unless dates were resolved for it). */
    public List<CoreMap> timexes(int sentence) {
        List<CoreMap> found = sentences().get(sentence).get(TimeAnnotations.TimexAnnotations.class);
        return found == null ? List.of() : found;
    }

    /** The code-point span of tokens {@code [from, to)} of a sentence. */
    public Span tokenSpan(int sentence, int from, int to) {
        List<CoreLabel> tokens = tokens(sentence);
        return offsets.span(tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
    }

    /** The code-point span of a whole sentence. */
    public Span sentenceSpan(int sentence) {
        return tokenSpan(sentence, 0, tokens(sentence).size());
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /** The longest mention covering token {@code token} of sentence {@code sentence}, if any. */
    public Optional<Mention> mentionAt(int sentence, int token) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.covers(token)
                    && (best == null || m.tokenEnd() - m.tokenStart() > best.tokenEnd() - best.tokenStart())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<Mention> mentionsIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    /** Records that {@code mention} refers to entity {@code entityId}. */
    public void assign(Mention mention, String entityId) {
        entityOfMention.put(mention, entityId);
    }

    /** The id of the entity {@code mention} refers to. */
    public String entityOf(Mention mention) {
        return entityOfMention.get(mention);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Event> events() {
        return events;
    }

    public List<Relation> relations() {
        return relations;
    }

    public List<Claim> claims() {
        return claims;
    }

    /** The words that make what their sentence says tentative ("likely", "reportedly"), in text order. */
    public List<Span> hedges() {
        return hedges;
    }

    /** What the document says of a truce: violation counts and the parties of an agreement. */
    public TruceReading truce() {
        return truce;
    }

    public void setTruce(TruceReading truce) {
        this.truce = truce;
    }

    /** What the document says of items passed from hand to hand: the sentences that tell a supply chain. */
    public SupplyReading supply() {
        return supply;
    }

    public void setSupply(SupplyReading supply) {
        this.supply = supply;
    }

    /** How many sentences were dependency-parsed (the rest were judged to carry nothing that needs a parse). */
    public int parsedSentences() {
        return parsedSentences;
    }

    public void countParsed(int n) {
        parsedSentences += n;
    }

    /** The claim whose content covers {@code span}, if any. */
    public Optional<Claim> claimCovering(Span span) {
        for (Claim c : claims) {
            if (c.content().start() <= span.start() && span.end() <= c.content().end()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Replaces a claim, e.g. to add what it is about. */
    public void replaceClaim(Claim updated) {
        claims.replaceAll(c -> c.id().equals(updated.id()) ? updated : c);
    }
}
