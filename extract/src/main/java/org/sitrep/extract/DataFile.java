package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the extraction stages' word lists and cue tables: tab-separated lines of a resource shipped
 * beside a class, blank lines and {@code #} comments skipped. A line a stage cannot use is reported by the stage
 * through {@link Line#error}, which names the file and the line.
 */
public final class DataFile {

    private DataFile() {
    }

    /**
     * One line of a data file.
     *
     * @param resource the file's name, for messages
     * @param number   its 1-based line number
     * @param columns  its tab-separated columns, each stripped
     */
    public record Line(String resource, int number, List<String> columns) {
        public Line {
            columns = List.copyOf(columns);
        }

        public String column(int i) {
            return columns.get(i);
        }

        public int size() {
            return columns.size();
        }

        /** The error to throw for this line: "cues.tsv line 12: expected ...". */
        public IllegalStateException error(String what) {
            return new IllegalStateException(resource + " line " + number + ": " + what);
        }
    }

    /** The lines of {@code resource}, resolved against {@code anchor}'s package unless it starts with "/". */
    public static List<Line> lines(Class<?> anchor, String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> lines = new ArrayList<>();
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                for (String c : text.split("\t")) {
                    columns.add(c.strip());
                }
                lines.add(new Line(name, number, columns));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
