package org.sitrep.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                T key = cols.length == 2 ? parseKey.apply(cols[0].strip()) : null;
                if (key == null) {
                    throw new IllegalStateException(resource + " line " + n + ": expected a key and words");
                }
                for (String w : cols[1].split("\\|")) {
                    byWord.put(w.strip().toLowerCase(Locale.ROOT), key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code word} maps to, if it is in the table. */
    Optional<T> get(String word) {
        return Optional.ofNullable(byWord.get(word.toLowerCase(Locale.ROOT)));
    }
}
