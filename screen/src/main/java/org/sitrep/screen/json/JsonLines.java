package org.sitrep.screen.json;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Files of one JSON object a line, appended to and never rewritten: the review trail and the watch's logs. */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /**
     * Every record of {@code file} (none when it does not exist), blank lines skipped.
     *
     * @throws IllegalArgumentException naming the file and line of a record that cannot be read
     */
    public static <T> List<T> read(Path file, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(JSON.readValue(line, type));
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": not a " + type.getSimpleName()
                            + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** Appends one record as a line, creating the file and its folder when needed. */
    public static void append(Path file, Object record) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, JSON.writeValueAsString(record) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** One record as a line's text. */
    public static String line(Object record) throws IOException {
        return JSON.writeValueAsString(record);
    }
}
