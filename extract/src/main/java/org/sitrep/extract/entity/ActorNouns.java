package org.sitrep.extract.entity;

import org.sitrep.extract.EntityType;

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

/**
 * Common nouns that name a collective actor or a person by role ("the regime", "opposition fighters", "the
 * minister"), read from the data file {@code actor-nouns.tsv}.
 */
final class ActorNouns {

    private final Map<String, EntityType> byWord = new HashMap<>();

    ActorNouns() {
        try (InputStream in = ActorNouns.class.getResourceAsStream("/org/sitrep/extract/entity/actor-nouns.tsv")) {
            if (in == null) {
                throw new IllegalStateException("actor nouns missing from the build");
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
                EntityType type = cols.length == 2 ? EntityType.fromLabel(cols[0].strip()).orElse(null) : null;
                if (type == null) {
                    throw new IllegalStateException("actor-nouns.tsv line " + n + ": expected a type and words");
                }
                for (String w : cols[1].split("\\|")) {
                    byWord.put(w.strip().toLowerCase(Locale.ROOT), type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type of actor {@code word} names, if it is one of the nouns. */
    Optional<EntityType> typeOf(String word) {
        return Optional.ofNullable(byWord.get(word.toLowerCase(Locale.ROOT)));
    }
}
