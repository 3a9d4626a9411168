package org.sitrep.extract.relation.training;

import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.entity.EntityResolver;
import org.sitrep.extract.entity.MentionFinder;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.nlp.NlpPipeline;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.model.DocDate;

/**
 * Reads a training text as extraction reads a document, as far as the relation scorer needs: tagged, its mentions
 * found and grouped into entities by Sitrep's own stages, and every sentence parsed. Loads the models; build one.
 */
public final class PairReader {

    private final NlpPipeline pipeline;
    private final MentionFinder mentions;
    private final EntityResolver resolver = new EntityResolver();

    public PairReader() {
        Gazetteer gazetteer = Gazetteer.bundled();
        this.pipeline = new NlpPipeline(gazetteer.entries());
        this.mentions = new MentionFinder(gazetteer, PlaceResolver.NONE);
    }

    public DocumentContext read(String text) {
        DocumentContext doc = new DocumentContext(text, DocDate.UNKNOWN);
        doc.setAnnotation(pipeline.tag(text, null));
        mentions.process(doc);
        resolver.process(doc);
        pipeline.parse(doc.sentences());
        return doc;
    }
}
