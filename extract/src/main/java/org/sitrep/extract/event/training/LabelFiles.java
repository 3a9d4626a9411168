package org.sitrep.extract.event.training;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the readers of third-party corpora labelled by the Sitrep team share: where the corpus is found, the label
 * files of a folder, and strict UTF-8 reading. The labels live in the sources; the texts stay in the corpus's files.
 */
final class LabelFiles {

    private LabelFiles() {
    }

    /**
     * The corpus folder: {@code texts} when given, else {@code ../shared/train/<shared>} beside the sources at
     * {@code home} if it is there; empty (and {@code note} hears why) when it is not.
     */
    static Optional<Path> corpusFolder(Path home, Path texts, String shared, String corpusName, Consumer<String> note) {
        if (texts != null) {
            return Optional.of(texts);
        }
        Path folder = home.resolve("../shared/train/" + shared).normalize();
        if (!Files.isDirectory(folder)) {
            note.accept("no " + corpusName + " at " + folder + "; its labelled sentences are left out");
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /** The {@code *.tsv} files of {@code labels}, in name order; none is an error. */
    static List<Path> in(Path labels) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(labels)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(labels + ": no .tsv files of labels");
        }
        return files;
    }

    /** A reader that fails on bytes that are not UTF-8, so a mis-encoded file is named rather than misread. */
    static Reader utf8(Path file) throws IOException {
        return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT));
    }
}
