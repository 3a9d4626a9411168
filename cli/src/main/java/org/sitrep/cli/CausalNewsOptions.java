package org.sitrep.cli;

import org.sitrep.extract.event.training.CausalNewsCorpus;
import org.sitrep.extract.event.training.EventCorpus;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Whether and from where the labelled Causal News sentences join Sitrep's own; mixed into train and eval events. */
final class CausalNewsOptions {

    @Option(names = "--causal-news", paramLabel = "DIR",
            description = "Folder of the Causal News Corpus files (train_subtask1.csv, dev_subtask1.csv) whose"
                    + " sentences Sitrep's labels in extract/training/causal-news describe (default:"
                    + " ../shared/train/causal-news beside the sources, when present).")
    Path folder;

    @Option(names = "--no-causal-news", description = "Sitrep's own sentences only.")
    boolean off;

    /** {@code corpus}, with the Causal News sentences unless switched off; {@code err} hears why they are missing. */
    EventCorpus addTo(EventCorpus corpus, Path home, PrintWriter err) throws IOException {
        return off ? corpus : CausalNewsCorpus.addTo(corpus, home, folder, m -> err.println("note: " + m));
    }

    boolean on(EventCorpus corpus) {
        return corpus.origins().contains(CausalNewsCorpus.ORIGIN);
    }
}
