package org.sitrep.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** How a {@code sitrep train} command writes what it fitted: not at all with {@code --dry-run}, else file by file whole. */
final class TrainingOutput {

    @Option(names = "--dry-run", description = "Print the figures only; write nothing.")
    boolean dryRun;

    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes through a temporary file, so an interrupted run leaves the old file whole. */
    static void writeAtomically(Path target, Writing writing) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            writing.to(o);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
