package org.sitrep.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Shared plumbing of the commands that print figures ({@code bench}, {@code eval}): their {@code --json} option,
 * printing the figures, and cleaning up scratch folders.
 */
final class Figures {

    private Figures() {
    }

    /** The {@code --json} option of a command that prints figures, and printing them the way it asks. */
    static final class Format {

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        void print(PrintWriter out, Map<String, Object> figures) {
            Figures.print(out, figures, json);
        }
    }

    /** Prints named figures as one JSON object, or as an aligned table for people. */
    static void print(PrintWriter out, Map<String, Object> figures, boolean json) {
        if (json) {
            out.println(Json.line(figures));
            return;
        }
        int width = figures.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        figures.forEach((k, v) -> out.printf("%-" + width + "s %s%n", k.replace('_', ' '),
                v instanceof Double d ? String.format("%.2f", d) : v));
    }

    /** Deletes a folder and everything in it. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
