package org.sitrep.screen.names;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.screen.bench.OfacEvaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OfacScorerTest {

    private final OfacScorer ofac = new OfacScorer();

    @Test
    void exactNameInAnyWordOrderScoresFull() {
        assertThat(ofac.score("VLADIMIR PUTIN", "PUTIN, Vladimir").score()).isEqualTo(1.0);
        assertThat(ofac.score("ASSAD BASHAR", "AL-ASSAD, Bashar").score()).isEqualTo(1.0);
    }

    @Test
    void doesNotTransliterateLikeTheTool() {
        assertThat(ofac.score("Владимир Путин", "PUTIN, Vladimir").score()).isZero();
    }

    @Test
    void shortWordsOfTheQueryAreIgnoredWhenLongerOnesExist() {
        assertThat(ofac.score("J.P. MORGAN", "MORGAN HUERTA, Jose Arnoldo").score()).isEqualTo(1.0);
    }

    /**
     * The reference file lists scores OFAC's Sanctions List Search gave; a negative score marks results the tool did
     * not list, which agree when the emulation scores them below its review threshold (see {@link OfacEvaluation}).
     */
    @Test
    void agreesWithOfacsToolWithinFivePointsOnNinetyFivePercentOfReferenceRows() throws IOException {
        String shared = System.getProperty("sitrep.shared");
        Assumptions.assumeTrue(shared != null, "sitrep.shared not set");
        Path file = Path.of(shared, "eval/names/ofac_tool_scores.csv");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no reference scores at " + file);
        Map<String, Object> figures = new OfacEvaluation().figures(file);
        assertThat((int) figures.get("rows")).isGreaterThan(100);
        assertThat((double) figures.get("share_within_tolerance")).as(figures.toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aQueryWordWithoutAnyCounterpartMakesTheWholeNameDecide() {
        // one word found out of two is not half a match: the tool scores such pairs as two whole strings
        OfacScorer.Result r = ofac.score("GEORGE BUSH", "HASWANI, George");
        assertThat(r.byWord()).isGreaterThan(0.7);
        assertThat(r.score()).isEqualTo(r.whole()).isLessThan(0.6);
    }
}
