package org.sitrep.extract.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading Re-DocRED's format, on a document written for this test. */
class ReDocRedEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void readsTheTriplesThatMapToSitrepsRelations() throws Exception {
        Path file = dir.resolve("sample.json");
        try (var in = ReDocRedEvaluationTest.class.getResourceAsStream("re-docred-sample.json")) {
            Files.copy(in, file);
        }
        ReDocRedEvaluation eval = ReDocRedEvaluation.load(file);
        assertThat(eval.documentCount()).isEqualTo(1);
        assertThat(eval.sample(5, 13L).documentCount()).isEqualTo(1);
        var scores = eval.evaluate(org.sitrep.extract.Extractor.builder().build());
        // "owned by" is ownership from the owner; the birth date is out of scope.
        assertThat(scores.get("ALL").goldCount()).isEqualTo(1);
        assertThat(scores.get("ownership").truePositives()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoArrayIsRefusedWithItsName() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"title\": \"x\"}");
        assertThatThrownBy(() -> ReDocRedEvaluation.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.json");
    }
}
