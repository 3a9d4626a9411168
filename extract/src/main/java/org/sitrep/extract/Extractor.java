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
import org.sitrep.extract.relation.RelationFinder;
import org.sitrep.extract.supply.SupplyReader;
import org.sitrep.extract.truce.TruceReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extracts entities, events, relations and claims from documents. Building one loads the language models (seconds,
 * several hundred megabytes), so build one and reuse it; {@link #extract} may be called from several threads.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.builder().places(GeocoderPlaceResolver.bundled()).build();
 * DocumentExtraction x = extractor.extract(InputDocument.of("d1", text, DocDate.given(day)));
 * }</pre>
 */
public final class Extractor {

    private final NlpPipeline pipeline;
    private final List<ExtractionStage> stages;
    private final EntityLinker linker;

    private Extractor(Builder b) {
        this.pipeline = new NlpPipeline(b.gazetteer.entries(), b.knownNames);
        this.linker = b.linker;
        ClaimFinder claims = new ClaimFinder();
        EventFinder events = new EventFinder(b.events, b.places, b.gazetteer);
        RelationFinder relations = new RelationFinder();
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
        long t = System.nanoTime();
        List<Entity> entities = linker == EntityLinker.NONE ? doc.entities() : doc.entities().stream()
                .map(e -> new Entity(e.id(), e.type(), e.name(), e.aliases(), e.mentions(),
                        e.described() ? List.of() : linker.links(e), e.described()))
                .toList();
        nanos.put("EntityLinker", System.nanoTime() - t);
        DocumentExtraction result = new DocumentExtraction(document.id(), document.offset(), document.title(),
                document.date(), entities, doc.events(), doc.relations(), doc.claims(), doc.hedges(),
                doc.truce(), doc.supply());
        return new Measured(result, doc.sentences().size(), tokens, doc.parsedSentences(), nanos);
    }

    /** Settings for an {@link Extractor}. */
    public static final class Builder {
        private Gazetteer gazetteer;
        private PlaceResolver places = PlaceResolver.NONE;
        private boolean parseEverySentence;
        private List<GazetteerEntry> knownNames = List.of();
        private EntityLinker linker = EntityLinker.NONE;
        private EventClassifier events;

        private Builder() {
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
