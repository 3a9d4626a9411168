package org.sitrep.extract;

import org.sitrep.extract.claim.ClaimFinder;
import org.sitrep.extract.claim.ClaimLinker;
import org.sitrep.extract.entity.EntityResolver;
import org.sitrep.extract.entity.MentionFinder;
import org.sitrep.extract.event.EventClassifier;
import org.sitrep.extract.event.EventFinder;
import org.sitrep.extract.event.EventMerger;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.hedge.HedgeFinder;
import org.sitrep.extract.gazetteer.GazetteerEntry;
import org.sitrep.extract.nlp.NlpPipeline;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.extract.relation.PairScorer;
import org.sitrep.extract.relation.RelationFinder;
import org.sitrep.extract.supply.SupplyReader;
import org.sitrep.extract.truce.TruceReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts entities, events, relations and claims from documents. Building one loads the language models (seconds,
 * several hundred megabytes), so build one and reuse it; {@link #extract} may be called from several threads. A
 * document longer than {@link #WINDOW_CHARS} is read window by window, so that the memory it takes is bounded by the
 * window rather than by the document, and gives one extraction of the whole document all the same.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
 * DocumentExtraction x = extractor.extract(InputDocument.of("d1", text, DocDate.given(day)));
 * }</pre>
 */
public final class Extractor {

    /**
     * The longest document (UTF-16 units) tagged in one piece; a longer one is extracted in windows of at most this
     * size (see {@link DocumentWindows}). CoreNLP's annotation of English text takes some kilobytes per token, so a
     * window of 100,000 characters (about 20,000 tokens) costs it in the order of a hundred megabytes: several
     * threads each holding one stay well within a 2 GiB heap. News articles, reports and most compilations' pieces
     * are far shorter, so they are read whole exactly as before, and what a cut loses (a name's short form resolved
     * to its full one, an event told twice merged, across the cut) touches only book-length documents.
     */
    static final int WINDOW_CHARS = 100_000;

    private final NlpPipeline pipeline;
    private final List<ExtractionStage> stages;
    private final EntityLinker linker;
    private final DocumentWindows windows;

    private Extractor(Builder b) {
        this.windows = new DocumentWindows(WINDOW_CHARS);
        this.pipeline = new NlpPipeline(b.gazetteer.entries(), b.knownNames);
        this.linker = b.linker;
        ClaimFinder claims = new ClaimFinder();
        EventFinder events = new EventFinder(b.events, b.places, b.gazetteer);
        RelationFinder relations = new RelationFinder(b.relationScorer == null ? PairScorer.bundled() : b.relationScorer);
        List<ExtractionStage> chain = new ArrayList<>();
        chain.add(new HedgeFinder());
        chain.add(new MentionFinder(b.gazetteer, b.places));
        chain.add(new EntityResolver());
        chain.add(new ParseSelector(pipeline, List.of(claims, events, relations), events.dateNeed(),
                b.parseEverySentence));
        chain.add(claims);
        chain.add(events);
        chain.add(new EventMerger());
        chain.add(relations);
        chain.add(new ClaimLinker());
        chain.add(new TruceReader());
        chain.add(new SupplyReader());
        this.stages = List.copyOf(chain);
    }

    /**
     * {@code base}'s models and stages with windows of {@code windowChars}: for tests, which need small windows
     * without loading the models twice. The stages keep no state between documents, so sharing them is safe.
     */
    Extractor(Extractor base, int windowChars) {
        this.pipeline = base.pipeline;
        this.stages = base.stages;
        this.linker = base.linker;
        this.windows = new DocumentWindows(windowChars);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Everything found in {@code document}. */
    public DocumentExtraction extract(InputDocument document) {
        return run(document).result;
    }

    /** As {@link #extract}, with figures about the work done, for benchmarks. */
    public Measured extractMeasured(InputDocument document) {
        return run(document);
    }

    /**
     * An extraction and the work it took.
     *
     * @param result    what was found
     * @param sentences sentences in the document
     * @param tokens    tokens in the document
     * @param parsed    sentences that were dependency-parsed
     * @param nanos     time spent per step: {@code tagging} and each stage by its class name
     */
    public record Measured(DocumentExtraction result, int sentences, int tokens, int parsed, Map<String, Long> nanos) {
    }

    private Measured run(InputDocument document) {
        if (!windows.needsCutting(document)) {
            Measured whole = tagAndRead(document);
            return new Measured(linked(whole.result(), whole.nanos()), whole.sentences(), whole.tokens(),
                    whole.parsed(), whole.nanos());
        }
        // Each window's annotation is dropped before the next is tagged; only the findings, far smaller, accumulate.
        WindowJoiner joiner = new WindowJoiner();
        Map<String, Long> nanos = new LinkedHashMap<>();
        int sentences = 0;
        int tokens = 0;
        int parsed = 0;
        for (InputDocument window : windows.windowsOf(document)) {
            if (window.text().isBlank()) {
                continue; // nothing to find, and the tagger need not see an empty document
            }
            Measured part = tagAndRead(window);
            joiner.add(part.result(), window.offset());
            part.nanos().forEach((step, n) -> nanos.merge(step, n, Long::sum));
            sentences += part.sentences();
            tokens += part.tokens();
            parsed += part.parsed();
        }
        // Entities are matched to registers once, after joining, so that an entity of several windows is matched once.
        return new Measured(linked(joiner.joined(document), nanos), sentences, tokens, parsed, nanos);
    }

    /** Tags {@code document} in one piece and runs every stage over it; its entities have no links yet. */
    private Measured tagAndRead(InputDocument document) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        DocumentContext doc = new DocumentContext(document.text(), document.date());
        long t0 = System.nanoTime();
        doc.setAnnotation(pipeline.tag(document.text(), document.date().value()));
        nanos.put("tagging", System.nanoTime() - t0);
        for (ExtractionStage stage : stages) {
            long t = System.nanoTime();
            stage.process(doc);
            nanos.merge(stage.getClass().getSimpleName(), System.nanoTime() - t, Long::sum);
        }
        int tokens = 0;
        for (int s = 0; s < doc.sentences().size(); s++) {
            tokens += doc.tokens(s).size();
        }
        DocumentExtraction result = new DocumentExtraction(document.id(), document.offset(), document.title(),
                document.date(), doc.entities(), doc.events(), doc.relations(), doc.claims(), doc.hedges(),
                doc.truce(), doc.supply());
        return new Measured(result, doc.sentences().size(), tokens, doc.parsedSentences(), nanos);
    }

    /** {@code x} with its named entities matched to registers by the linker; the time it took goes to {@code nanos}. */
    private DocumentExtraction linked(DocumentExtraction x, Map<String, Long> nanos) {
        long t = System.nanoTime();
        List<Entity> entities = linker == EntityLinker.NONE ? x.entities() : x.entities().stream()
                .map(e -> new Entity(e.id(), e.type(), e.name(), e.aliases(), e.mentions(),
                        e.described() ? List.of() : linker.links(e), e.described()))
                .toList();
        nanos.merge("EntityLinker", System.nanoTime() - t, Long::sum);
        return new DocumentExtraction(x.id(), x.offset(), x.title(), x.date(), entities, x.events(), x.relations(),
                x.claims(), x.hedges(), x.truce(), x.supply());
    }

    /** Settings for an {@link Extractor}. */
    public static final class Builder {
        private Gazetteer gazetteer;
        private PlaceResolver places = PlaceResolver.NONE;
        private boolean parseEverySentence;
        private List<GazetteerEntry> knownNames = List.of();
        private EntityLinker linker = EntityLinker.NONE;
        private EventClassifier events;
        private PairScorer relationScorer;

        private Builder() {
        }

        /**
         * The learned scorer for pairs of parties the relation cues leave unrelated (default: the shipped one;
         * {@link PairScorer#OFF} for the cue rules alone).
         */
        public Builder relationScorer(PairScorer scorer) {
            this.relationScorer = scorer;
            return this;
        }

        /** The trained heads that judge sentences for events (default: the shipped ones, on their encoder). */
        public Builder events(EventClassifier classifier) {
            this.events = classifier;
            return this;
        }

        /** The names to know (default: the bundled gazetteer). Add entries before {@link #build()}. */
        public Builder gazetteer(Gazetteer gazetteer) {
            this.gazetteer = gazetteer;
            return this;
        }

        /**
         * More names for the tagger to recognise and type, in any letter case: parties on sanctions lists, say. Unlike
         * gazetteer entries they lend no canonical name; an entity found by one is named as the text names it.
         */
        public Builder knownNames(List<GazetteerEntry> names) {
            this.knownNames = List.copyOf(names);
            return this;
        }

        /** How to match entities to register entries for their {@link Entity#links()} (default: not at all). */
        public Builder linker(EntityLinker linker) {
            this.linker = linker;
            return this;
        }

        /** How to resolve event locations (default: not at all). */
        public Builder places(PlaceResolver places) {
            this.places = places;
            return this;
        }

        /** Parse every sentence instead of only those that may carry something; for measuring what that saves. */
        public Builder parseEverySentence(boolean parseEverySentence) {
            this.parseEverySentence = parseEverySentence;
            return this;
        }

        public Extractor build() {
            if (gazetteer == null) {
                gazetteer = Gazetteer.bundled();
            }
            if (events == null) {
                events = EventClassifier.bundled();
            }
            return new Extractor(this);
        }
    }
}
