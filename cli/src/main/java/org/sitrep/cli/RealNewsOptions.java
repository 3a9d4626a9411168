package org.sitrep.cli;

import org.sitrep.extract.event.training.CausalNewsCorpus;
import org.sitrep.extract.event.training.EventCorpus;
import org.sitrep.extract.event.training.Muc4Corpus;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Whether and from where the labelled real-news sentences (Causal News Corpus, MUC-4) join Sitrep's own; mixed into
 * train and eval events. Only the labels are in the sources; the texts are read from the corpora's own files.
 */
final class RealNewsOptions {

    @Option(names = "--causal-news", paramLabel = "DIR",
            description = "Folder of the Causal News Corpus files (train_subtask1.csv, dev_subtask1.csv) whose"
                    + " sentences Sitrep's labels in extract/training/causal-news describe (default:"
                    + " ../shared/train/causal-news beside the sources, when present).")
    Path causalNewsFolder;

    @Option(names = "--no-causal-news", description = "Leave out the Causal News sentences.")
    boolean noCausalNews;

    @Option(names = "--muc4", paramLabel = "DIR",
            description = "Folder of the MUC-4 corpus (train.json) whose sentences Sitrep's labels in"
                    + " extract/training/muc4 describe (default: ../shared/train/muc4 beside the sources, when present).")
    Path muc4Folder;

    @Option(names = "--no-muc4", description = "Leave out the MUC-4 sentences.")
    boolean noMuc4;

    /** {@code corpus}, with the real-news sentences not switched off; {@code err} hears why any are missing. */
    EventCorpus addTo(EventCorpus corpus, Path home, PrintWriter err) throws IOException {
        EventCorpus out = corpus;
        if (!noCausalNews) {
            out = CausalNewsCorpus.addTo(out, home, causalNewsFolder, m -> err.println("note: " + m));
        }
        if (!noMuc4) {
            out = Muc4Corpus.addTo(out, home, muc4Folder, m -> err.println("note: " + m));
        }
        return out;
    }

    /** The options that rebuild {@code corpus}'s mix, for the model card's command line. */
    String flags(EventCorpus corpus) {
        return (corpus.origins().contains(CausalNewsCorpus.ORIGIN) ? "" : " --no-causal-news")
                + (corpus.origins().contains(Muc4Corpus.ORIGIN) ? "" : " --no-muc4");
    }
}
