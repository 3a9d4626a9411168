package org.sitrep.extract;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CodePoints;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The span invariant on real reporting: every output of the seed compilations (split into articles, with offsets
 * checked against the whole file) and of every article of the news corpus. Skips when the shared folder is absent.
 */
class CorpusSpanInvariantTest {

    private static Path shared() {
        String dir = System.getProperty("sitrep.shared");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "shared folder not available");
        return Path.of(dir);
    }

    @Test
    void seedsAndNewsCorpusKeepTheInvariant() throws Exception {
        Path shared = shared();
        Extractor extractor = Extractor.builder().build();
        Path seeds = shared.resolve("seeds");
        if (Files.isDirectory(seeds)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(seeds)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String file = Files.readString(f, StandardCharsets.UTF_8);
                for (InputDocument doc : new CompilationSplitter().split(f.getFileName().toString(), file, null)) {
                    DocumentExtraction x = extractor.extract(doc);
                    SpanInvariant.check(doc.text(), x);
                    // Shifted by the article's offset, every span also holds on the whole file.
                    for (Entity e : x.entities()) {
                        for (Span m : e.mentions()) {
                            SpanInvariant.holds(file, m.shift(doc.offset()));
                        }
                    }
                }
            }
        }
        Path news = shared.resolve("corpus/news-sample.csv");
        if (Files.exists(news)) {
            List<String> texts = new ArrayList<>();
            try (Reader r = Files.newBufferedReader(news, StandardCharsets.UTF_8);
                 CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                for (CSVRecord rec : csv) {
                    texts.add(rec.get("text"));
                }
            }
            // The extractor is thread-safe: one worker per core (about two minutes for the corpus on two cores).
            ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
            try {
                List<Future<?>> checks = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    String id = "news" + i;
                    String text = texts.get(i);
                    checks.add(workers.submit(() -> {
                        DocumentExtraction x = extractor.extract(InputDocument.of(id, text, DocDate.UNKNOWN));
                        SpanInvariant.check(text, x);
                        assertThat(x.entities()).as(id).allSatisfy(e -> assertThat(e.mentions()).isNotEmpty());
                    }));
                }
                for (Future<?> check : checks) {
                    check.get();
                }
            } finally {
                workers.shutdownNow();
            }
            assertThat(texts).hasSizeGreaterThan(100);
        }
        assertThat(CodePoints.length("😀a")).isEqualTo(2);
    }
}
