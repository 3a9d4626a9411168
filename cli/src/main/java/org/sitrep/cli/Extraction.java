package org.sitrep.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.gazetteer.Gazetteer;
import org.sitrep.extract.place.GeocoderPlaceResolver;
import org.sitrep.lists.ListStore;
import org.sitrep.resolve.KnowledgeBase;
import org.sitrep.resolve.ListGazetteer;
import org.sitrep.store.EvidenceStore;

import java.io.PrintWriter;

/** Runs extraction over the documents of a workspace that have not been through it yet, as ingest and demo do. */
final class Extraction {

    private Extraction() {
    }

    /**
     * The extractor with the bundled gazetteer and geocoder, its tagger also knowing the names of the parties on the
     * workspace's lists. Loading its models takes a while; build it once.
     */
    static Extractor standard(EvidenceStore store) {
        Gazetteer gazetteer = Gazetteer.bundled();
        return Extractor.builder().gazetteer(gazetteer).places(GeocoderPlaceResolver.bundled())
                .knownNames(ListGazetteer.names(new ListStore(store).activeLists(), gazetteer)).build();
    }

    /** Extracts every pending document into the knowledge base; a progress bar on a terminal unless quiet. */
    static int run(EvidenceStore store, boolean quiet, PrintWriter err) {
        KnowledgeBase kb = new KnowledgeBase(store);
        long pending = kb.pendingExtraction();
        if (pending == 0) {
            return 0;
        }
        Extractor extractor = standard(store);
        if (quiet || System.console() == null) {
            return kb.extractAll(extractor, id -> { });
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Extracting").setUnit(" docs", 1)
                .setInitialMax(pending).setStyle(ProgressBarStyle.ASCII).showSpeed().build()) {
            return kb.extractAll(extractor, id -> bar.step());
        }
    }
}
