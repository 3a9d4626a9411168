package org.sitrep.extract;

import edu.stanford.nlp.util.CoreMap;
import org.sitrep.extract.nlp.NlpPipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the expensive analyses only where they may pay: the dependency parser on sentences that at least one
 * {@link ParseNeed} asks for (or on all, when told to), and SUTime on the sentences that {@code dateNeed} asks for.
 */
public final class ParseSelector implements ExtractionStage {

    private final NlpPipeline pipeline;
    private final List<ParseNeed> needs;
    private final ParseNeed dateNeed;
    private final boolean parseEverything;

    public ParseSelector(NlpPipeline pipeline, List<ParseNeed> needs, ParseNeed dateNeed, boolean parseEverything) {
        this.pipeline = pipeline;
        this.needs = List.copyOf(needs);
        this.dateNeed = dateNeed;
        this.parseEverything = parseEverything;
    }

    @Override
    public void process(DocumentContext doc) {
        List<CoreMap> chosen = new ArrayList<>();
        List<CoreMap> dated = new ArrayList<>();
        List<CoreMap> sentences = doc.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            if (parseEverything || wanted(doc, s)) {
                chosen.add(sentences.get(s));
            }
            if (dateNeed.needsParse(doc, s)) {
                dated.add(sentences.get(s));
            }
        }
        pipeline.parse(chosen);
        pipeline.resolveDates(dated, doc.date().value());
        doc.countParsed(chosen.size());
    }

    private boolean wanted(DocumentContext doc, int sentence) {
        for (ParseNeed need : needs) {
            if (need.needsParse(doc, sentence)) {
                return true;
            }
        }
        return false;
    }
}
