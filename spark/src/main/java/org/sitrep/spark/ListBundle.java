package org.sitrep.spark;

import org.sitrep.lists.ListReader;
import org.sitrep.lists.ListSnapshot;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sanctions list files a screening job reads, as bytes: broadcast once to every executor, which rebuilds the
 * same snapshots from them with the lists module's own reader. The parsed snapshots and the screening index are
 * plain Java objects that do not serialise; the files do, and a list is a few megabytes where the index is hundreds.
 *
 * @param roots the list paths as given, each a file or a folder (relative names under {@code files})
 * @param files every file under them
 */
public record ListBundle(List<String> roots, List<ListFile> files) implements Serializable {

    /** One file: its path under its root's parent, and its content. */
    public record ListFile(String path, byte[] content) implements Serializable {
    }

    /** The files under {@code paths} (files or folders of lists). */
    public static ListBundle of(List<String> paths) {
        List<String> roots = new ArrayList<>();
        List<ListFile> files = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Path root = Path.of(paths.get(i)).toAbsolutePath().normalize();
            String name = i + "/" + root.getFileName();
            roots.add(name);
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = root.equals(f) ? name : name + "/" + root.relativize(f);
                    files.add(new ListFile(rel, Files.readAllBytes(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read list " + root, e);
            }
        }
        return new ListBundle(roots, files);
    }

    /** The snapshots, read from a copy of the files in a scratch folder. */
    public List<ListSnapshot> snapshots() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sitrep-spark-lists");
            for (ListFile f : files) {
                Path target = dir.resolve(f.path());
                Files.createDirectories(target.getParent());
                Files.write(target, f.content());
            }
            List<String> paths = new ArrayList<>();
            for (String r : roots) {
                paths.add(dir.resolve(r).toString());
            }
            return PipelineHolder.readLists(paths);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the broadcast lists", e);
        } finally {
            if (dir != null) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a scratch folder left behind is harmless
                }
            }
        }
    }

    static ListReader reader() {
        return new ListReader();
    }
}
