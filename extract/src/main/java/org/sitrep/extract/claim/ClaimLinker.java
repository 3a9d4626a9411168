package org.sitrep.extract.claim;

import org.sitrep.extract.Claim;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.Event;
import org.sitrep.extract.ExtractionStage;
import org.sitrep.extract.Relation;

import java.util.ArrayList;
import java.util.List;

/** Fills each claim's {@code about} with the events and relations found to be stated inside it. */
public final class ClaimLinker implements ExtractionStage {

    @Override
    public void process(DocumentContext doc) {
        for (Claim c : List.copyOf(doc.claims())) {
            List<String> about = new ArrayList<>();
            for (Event v : doc.events()) {
                // a later mention of an event keeps its claim ("the coalition accused Russian jets of the strike")
                if (c.id().equals(v.claim()) || v.mentions().stream().anyMatch(m -> within(c, m))) {
                    about.add(v.id());
                }
            }
            for (Relation r : doc.relations()) {
                if (c.id().equals(r.claim())) {
                    about.add(r.id());
                }
            }
            doc.replaceClaim(c.withAbout(about));
        }
    }

    /** Whether the claim's cue or content lies inside {@code mention}, a sentence that retells an event. */
    private static boolean within(Claim c, org.sitrep.model.Span mention) {
        return mention.start() <= c.cue().start() && c.cue().end() <= mention.end()
                || mention.start() <= c.content().start() && c.content().end() <= mention.end();
    }
}
