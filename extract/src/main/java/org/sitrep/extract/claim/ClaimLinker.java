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
                if (c.id().equals(v.claim())) {
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
}
