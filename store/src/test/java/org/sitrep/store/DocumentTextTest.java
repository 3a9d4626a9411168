package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.DocDate;
import org.sitrep.model.Document;
import org.sitrep.model.Span;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes read by offset agree with {@link Span#of} exactly, astral characters included, on both back ends. */
class DocumentTextTest {

    @TempDir
    Path dir;

    private static String text() {
        StringBuilder b = new StringBuilder();
        Random random = new Random(15);
        String[] pieces = {"Strikes hit Tal Rifaat. ", "\uD835\uDD38 ", "\u0645\u0631\u062D\u0628\u0627 ", "\u00E9t\u00E9 ",
                "\uD83D\uDE80\uD83D\uDE80", "\n\n", "x"};
        while (b.length() < 30_000) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {TestStores.H2, TestStores.POSTGRESQL})
    void slicesMatchSpansByCodePoint(String backend) throws Exception {
        String text = text();
        int length = text.codePointCount(0, text.length());
        Document doc = Document.of("t", DocDate.UNKNOWN, "text/plain", text);
        try (EvidenceStore store = TestStores.open(backend, dir)) {
            store.inTransaction(tx -> tx.insertDocumentIfAbsent(doc, "test", Instant.now()));
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                int start = random.nextInt(length);
                int end = Math.min(length, start + random.nextInt(300));
                String slice = store.query(c -> DocumentText.slice(c, doc.id(), start, end));
                assertThat(slice).as("[%d, %d)", start, end).isEqualTo(Span.of(text, start, end).text());
            }
            String tail = store.query(c -> DocumentText.slice(c, doc.id(), length - 2, length + 50));
            assertThat(tail).isEqualTo(Span.of(text, length - 2, length).text());
            String beyond = store.query(c -> DocumentText.slice(c, doc.id(), length + 10, length + 20));
            assertThat(beyond).isEmpty();
            String missing = store.query(c -> DocumentText.slice(c, "f".repeat(64), 0, 10));
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void aLoneSurrogateCountsAsOneCodePoint() throws Exception {
        String odd = "a\uD800b\uD83D\uDE80c";
        for (int s = 0; s <= 4; s++) {
            for (int e = s; e <= 4; e++) {
                assertThat(DocumentText.cut(new StringReader(odd), s, e)).isEqualTo(Span.of(odd, s, e).text());
            }
        }
    }
}
