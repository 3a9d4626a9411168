package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled demo built once per test JVM (ingest, lists, extraction take most of a minute), shared by the
 * tests that ask it questions. Tests must only read it; a test that changes a workspace builds its own.
 */
final class DemoWorkspace {

    private static Path built;

    private DemoWorkspace() {
    }

    /** The demo folder of the source tree. */
    static Path demoDir() {
        return Path.of(System.getProperty("sitrep.home", "..")).resolve("demo");
    }

    /** The workspace path of the shared demo build, building it on first use. */
    static synchronized String path() {
        if (built == null) {
            try {
                Path dir = Files.createTempDirectory("sitrep-demo-ws");
                Path ws = dir.resolve("demo-ws");
                CliRun run = CliRun.of("demo", "--no-serve", "--demo-dir", demoDir().toString(), "-w", ws.toString());
                if (run.exitCode() != ExitCodes.OK) {
                    throw new IllegalStateException("demo build failed: " + run.err());
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        Figures.deleteTree(dir);
                    } catch (IOException ignored) {
                        // a temp folder left behind is harmless
                    }
                }));
                built = ws;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built.toString();
    }
}
