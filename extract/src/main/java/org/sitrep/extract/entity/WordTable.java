package org.sitrep.extract.entity;

import org.sitrep.extract.DataFile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A word list of the entity stage: lines of {@code key<TAB>word|word|...} ({@code #} starts a comment) read from a
 * resource beside this class, each word (lower-cased) mapped to what its key parses to.
 */
final class WordTable<T> {

    private final Map<String, T> byWord = new HashMap<>();

    /** Reads {@code resource}; {@code parseKey} returns null for a key it does not know. */
    WordTable(String resource, Function<String, T> parseKey) {
        for (DataFile.Line line : DataFile.lines(WordTable.class, resource)) {
            T key = line.size() == 2 ? parseKey.apply(line.column(0)) : null;
            if (key == null) {
                throw line.error("expected a key and words");
            }
            for (String w : line.column(1).split("\\|")) {
                byWord.put(w.strip().toLowerCase(Locale.ROOT), key);
            }
        }
    }

    /** What {@code word} maps to, if it is in the table. */
    Optional<T> get(String word) {
        return Optional.ofNullable(byWord.get(word.toLowerCase(Locale.ROOT)));
    }
}
