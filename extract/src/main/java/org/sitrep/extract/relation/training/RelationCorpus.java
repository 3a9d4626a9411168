package org.sitrep.extract.relation.training;

import org.sitrep.extract.RelationType;
import org.sitrep.extract.eval.ReDocRedEvaluation;
import org.sitrep.model.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Sitrep's own labelled relation sentences ({@code extract/training/relations/*.tsv}), written by the team: a line
 * {@code S<TAB>sentence} starts a sentence, and each line {@code R<TAB>type<TAB>subject<TAB>object} after it states a
 * relation between two names written in it (the first place each is written). Every other pair of parties in the
 * sentence is unrelated. Symmetric types (alliance, fighting) hold both ways. Read as one-sentence documents of the
 * shape the trainer takes.
 */
public final class RelationCorpus {

    /** Where the corpus lives in the Sitrep sources. */
    public static final String FOLDER = "extract/training/relations";

    private RelationCorpus() {
    }

    public static List<ReDocRedEvaluation.Document> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        List<ReDocRedEvaluation.Document> docs = new ArrayList<>();
        for (Path file : files) {
            String sentence = null;
            List<ReDocRedEvaluation.Triple> gold = new ArrayList<>();
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String where = file.getFileName() + ":" + n + ": ";
                if (cols[0].equals("S") && cols.length == 2) {
                    if (sentence != null) {
                        docs.add(document(file, docs.size(), sentence, gold));
                    }
                    sentence = cols[1].strip();
                    gold = new ArrayList<>();
                } else if (cols[0].equals("R") && cols.length == 4 && sentence != null) {
                    RelationType type;
                    try {
                        type = RelationType.valueOf(cols[1].toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IOException(where + "unknown relation " + cols[1]);
                    }
                    Span subject = span(sentence, cols[2], where);
                    Span object = span(sentence, cols[3], where);
                    gold.add(new ReDocRedEvaluation.Triple(type, List.of(subject), List.of(object), List.of()));
                    if (type.isSymmetric()) {
                        gold.add(new ReDocRedEvaluation.Triple(type, List.of(object), List.of(subject), List.of()));
                    }
                } else {
                    throw new IOException(where + "expected S<TAB>sentence or R<TAB>type<TAB>subject<TAB>object");
                }
            }
            if (sentence != null) {
                docs.add(document(file, docs.size(), sentence, gold));
            }
        }
        return docs;
    }

    private static ReDocRedEvaluation.Document document(Path file, int index, String sentence,
                                                         List<ReDocRedEvaluation.Triple> gold) {
        return new ReDocRedEvaluation.Document(file.getFileName() + "#" + index, sentence, List.copyOf(gold));
    }

    /** Where {@code name} is first written in {@code sentence}, in code points. */
    private static Span span(String sentence, String name, String where) throws IOException {
        int at = sentence.indexOf(name);
        if (at < 0) {
            throw new IOException(where + "'" + name + "' is not in the sentence");
        }
        int start = sentence.codePointCount(0, at);
        return new Span(start, start + name.codePointCount(0, name.length()), name);
    }
}
