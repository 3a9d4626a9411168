package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Who designates the parties of each list (data: {@code authorities.tsv}). */
final class Authorities {

    /** A designating authority as an entity of the knowledge base. */
    record Authority(String entityId, String schema, String name, String country) {
    }

    private final Map<String, Authority> byList = new HashMap<>();

    Authorities() {
        try (InputStream in = Authorities.class.getResourceAsStream("authorities.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 5) {
                    throw new IllegalStateException("authorities.tsv:" + lineNo + ": expected 5 tab-separated columns");
                }
                byList.put(c[0], new Authority(c[1], c[2], c[3], c[4].isBlank() ? null : c[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The authority behind {@code listId}, when known. */
    Optional<Authority> of(String listId) {
        return Optional.ofNullable(byList.get(listId));
    }
}
