package org.sitrep.extract.relation.training;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Dependencies;
import org.sitrep.extract.DocumentContext;
import org.sitrep.extract.RelationType;
import org.sitrep.extract.eval.ReDocRedEvaluation;
import org.sitrep.extract.relation.PairFeatures;
import org.sitrep.extract.relation.PairScorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fitting the relation scorer on the team's own labelled sentences (no Re-DocRED, so the test needs nothing from
 * ../shared): the rows carry the labels and directions the corpus gives, and the fitted head reproduces them.
 */
class PairTrainerTest {

    private static PairReader reader;
    private static PairTrainer.Result result;
    private static List<ReDocRedEvaluation.Document> corpus;

    @BeforeAll
    static void train() throws IOException {
        reader = new PairReader();
        corpus = RelationCorpus.read(Path.of(System.getProperty("sitrep.home", "..")).resolve(RelationCorpus.FOLDER));
        result = new PairTrainer(13, reader, m -> { }).train(corpus, List.of(), "test");
    }

    /** The fitted head's best type for the pair, with no threshold. */
    private static Optional<RelationType> fitted(String text, String subject, String object) {
        PairScorer scorer = new PairScorer(result.scorer().head(), result.scorer().cells(), 0, "test");
        DocumentContext doc = reader.read(text);
        PairFeatures.Candidate c = PairFeatures.candidates(doc, 0, new Dependencies(doc.parse(0).orElseThrow()))
                .stream().filter(p -> p.subject().text().equals(subject) && p.object().text().equals(object))
                .findFirst().orElseThrow(() -> new AssertionError(subject + " -> " + object));
        return scorer.score(c.features()).map(PairScorer.Scored::type);
    }

    @Test
    void everyCorpusSentenceIsReadAndMostTiesReachTheRows() {
        assertThat(result.documents()).isEqualTo(corpus.size());
        long ties = corpus.stream().mapToLong(d -> d.gold().size()).sum();
        // A tie becomes a row when the tagger finds both names as parties and the parse joins them closely enough.
        assertThat(result.positives()).isGreaterThan((int) (ties * 0.6));
        assertThat(result.rows()).isGreaterThan(result.positives());
        assertThat(result.scorer().head().labels()).endsWith(PairScorer.NONE_LABEL);
    }

    @Test
    void theFittedHeadGivesTheLabelledTypeInTheLabelledDirection() {
        String s = corpus.stream().map(ReDocRedEvaluation.Document::text)
                .filter(t -> t.startsWith("Abu Bakr al-Baghdadi, who led")).findFirst().orElseThrow();
        assertThat(fitted(s, "Abu Bakr al-Baghdadi", "the Islamic State")).contains(RelationType.LEADERSHIP);
        assertThat(fitted(s, "the Islamic State", "Abu Bakr al-Baghdadi"))
                .isNotEqualTo(Optional.of(RelationType.LEADERSHIP));
    }

    @Test
    void aScorerShippedOffRelatesNobody() {
        PairScorer off = new PairScorer(result.scorer().head(), result.scorer().cells(), PairTrainer.OFF_THRESHOLD, "");
        assertThat(off.score(List.of("bias", "on=subsidiary"))).isEmpty();
        assertThat(PairScorer.OFF.score(List.of("bias"))).isEmpty();
    }
}
