package org.sitrep.screen.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the screening engine's own tab-separated data files (month names, the scoring table) from the class path:
 * one record a line, {@code #} comments and blank lines skipped. Name vocabularies have their own loader
 * ({@code NameVocabulary}), which also takes user files.
 */
public final class TsvResource {

    private TsvResource() {
    }

    /** The records of {@code org/sitrep/screen/<name>}, each with its 1-based line number as the last cell dropped. */
    public static List<Line> read(String name) {
        String path = "/org/sitrep/screen/" + name;
        try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + path);
            }
            List<Line> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(new Line(path, number, List.of(line.split("\t"))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record of a data file. */
    public record Line(String file, int number, List<String> cells) {
        /** A malformed record, reported with its place so the file can be fixed. */
        public IllegalStateException problem(String what) {
            return new IllegalStateException(file + ":" + number + ": " + what);
        }
    }
}
