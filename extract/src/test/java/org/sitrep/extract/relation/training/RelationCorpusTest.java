package org.sitrep.extract.relation.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.RelationType;
import org.sitrep.extract.eval.ReDocRedEvaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the team's labelled relation sentences: spans where the names are written, symmetric ties both ways. */
class RelationCorpusTest {

    @TempDir
    Path dir;

    @Test
    void eachSentenceIsADocumentWithItsTiesAtTheNamesSpans() throws IOException {
        Files.writeString(dir.resolve("a.tsv"), """
                # a comment
                S\tOrla Quinn, who chairs Brackwater Freight, met Tomas Ferro.
                R\tleadership\tOrla Quinn\tBrackwater Freight
                S\tThe Vell Brigades have fought the Sarn Militia since spring.
                R\tfighting_against\tVell Brigades\tSarn Militia
                S\tNobody here is tied to anybody.
                """);
        List<ReDocRedEvaluation.Document> docs = RelationCorpus.read(dir);

        assertThat(docs).hasSize(3);
        ReDocRedEvaluation.Triple lead = docs.get(0).gold().getFirst();
        assertThat(lead.type()).isEqualTo(RelationType.LEADERSHIP);
        assertThat(lead.subject().getFirst().start()).isZero();
        assertThat(lead.subject().getFirst().end()).isEqualTo("Orla Quinn".length());
        assertThat(lead.object().getFirst().start()).isEqualTo("Orla Quinn, who chairs ".length());
        assertThat(docs.get(1).gold()).as("a fight holds both ways").hasSize(2);
        assertThat(docs.get(1).gold().get(1).subject()).isEqualTo(docs.get(1).gold().get(0).object());
        assertThat(docs.get(2).gold()).isEmpty();
    }

    @Test
    void aNameNotWrittenInItsSentenceIsAnError() throws IOException {
        Files.writeString(dir.resolve("b.tsv"), "S\tOrla Quinn left.\nR\tmembership\tOrla Quinn\tBrackwater Freight\n");
        assertThatThrownBy(() -> RelationCorpus.read(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("b.tsv:2").hasMessageContaining("Brackwater Freight");
    }

    @Test
    void theShippedSentencesRead() throws IOException {
        Path shipped = Path.of(System.getProperty("sitrep.home", "..")).resolve(RelationCorpus.FOLDER);
        List<ReDocRedEvaluation.Document> docs = RelationCorpus.read(shipped);
        assertThat(docs).hasSizeGreaterThan(80);
        assertThat(docs.stream().filter(d -> d.gold().isEmpty()).count()).as("sentences with no tie").isPositive();
    }
}
