package org.sitrep.lists;

import org.junit.jupiter.api.Assumptions;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where test inputs live: the shared data folder (skipped when absent), the demo lists and the test fixtures. */
final class SharedData {

    private SharedData() {
    }

    /** A path under the shared data folder; the test is skipped when it is not there. */
    static Path shared(String relative) {
        String root = System.getProperty("sitrep.shared");
        Assumptions.assumeTrue(root != null, "sitrep.shared is not set");
        Path path = Path.of(root).resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> path + " is not available");
        return path;
    }

    /** A path under the project's demo folder. */
    static Path demo(String relative) {
        String home = System.getProperty("sitrep.home");
        Path base = home != null ? Path.of(home) : Path.of("..").toAbsolutePath().normalize();
        Path path = base.resolve("demo").resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> path + " is not available");
        return path;
    }

    /** A fixture under {@code src/test/resources/lists}. */
    static Path fixture(String name) {
        try {
            return Path.of(SharedData.class.getResource("/lists/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }
}
