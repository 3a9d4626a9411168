package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives into the files to read: files as they are, folders recursively, and globs
 * ({@code reports/**}{@code /*.html}) expanded against the file system. Hidden files are skipped in folders.
 * The result is sorted, so runs over the same inputs read files in the same order.
 */
public final class InputExpander {

    /** The files named by {@code inputs}; inputs that name nothing are returned in {@code missing}. */
    public Expansion expand(List<String> inputs) {
        TreeSet<Path> files = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            if (isGlob(input)) {
                int before = files.size();
                expandGlob(input, files);
                if (files.size() == before) {
                    missing.add(input);
                }
            } else if (Files.isDirectory(p)) {
                walk(p, files);
            } else if (Files.exists(p)) {
                files.add(p.toAbsolutePath().normalize());
            } else {
                missing.add(input);
            }
        }
        return new Expansion(List.copyOf(files), missing);
    }

    /** Files found, and inputs that matched nothing. */
    public record Expansion(List<Path> files, List<String> missing) {
    }

    private static boolean isGlob(String s) {
        return s.contains("*") || s.contains("?") || s.contains("[") || s.contains("{");
    }

    private static void expandGlob(String glob, TreeSet<Path> files) {
        // The fixed prefix of the pattern (up to the last separator before any wildcard) is where the walk starts.
        int wildcard = firstWildcard(glob);
        int sep = glob.lastIndexOf('/', wildcard);
        Path base = sep < 0 ? Path.of(".") : Path.of(glob.substring(0, Math.max(sep, 1)));
        if (!Files.isDirectory(base)) {
            return;
        }
        String pattern = sep < 0 ? glob : glob.substring(sep + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(base.relativize(p)))
                    .forEach(p -> files.add(p.toAbsolutePath().normalize()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + base, e);
        }
    }

    private static int firstWildcard(String glob) {
        int min = glob.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int i = glob.indexOf(c);
            if (i >= 0 && i < min) {
                min = i;
            }
        }
        return min;
    }

    private static void walk(Path dir, TreeSet<Path> files) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(dir.relativize(p)))
                    .forEach(p -> files.add(p.toAbsolutePath().normalize()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
