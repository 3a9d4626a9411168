package org.sitrep.extract.event.training;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Muc4CorpusTest {

    @TempDir
    Path dir;

    /** Two reports in the corpus's shape: capitals, lines broken mid-sentence, two spaces after a stop. */
    private Path texts() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("train.json"), """
                {
                  "TST-0001": {"doc": "GUNMEN AMBUSHED A BUS NEAR EL TORO ON\\nMONDAY.  TWO PASSENGERS WERE HURT.\\n\\n   THE ARMY SAID IT\\nWOULD PATROL THE ROAD.", "roles": {}},
                  "TST-0002": {"doc": "\\"WE DID NOT DO IT,\\" THE FRONT SAID.  ITS RADIO WAS SILENT FOR 2 DAYS.", "roles": {}}
                }
                """);
        return texts;
    }

    @Test
    void numbersSentencesByParagraphAndDoubleSpaceAndReadsThemInSentenceCase() {
        List<String> s = Muc4Corpus.sentences("A BOMB WENT OFF IN\nTHE PORT.  NOBODY WAS HURT.\n\nPOLICE CAME.");
        assertThat(s).containsExactly("A BOMB WENT OFF IN THE PORT.", "NOBODY WAS HURT.", "POLICE CAME.");
        assertThat(Muc4Corpus.sentenceCase("\"WE DID NOT DO IT,\" THE FRONT SAID."))
                .isEqualTo("\"We did not do it,\" the front said.");
    }

    @Test
    void joinsTheProjectsLabelsWithTheReports() throws IOException {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("a.tsv"), """
                doc\tsentence\tlabel\tkind
                TST-0001\t0\tAttack\tasserted
                TST-0001\t1\tnone\tfollowup
                TST-0001\t2\tnone\tfuture
                TST-0002\t0\tnone\topinion
                """);
        List<EventCorpus.Row> rows = Muc4Corpus.read(labels, texts());
        assertThat(rows).extracting(EventCorpus.Row::label).containsExactly("Attack", "none", "none", "none");
        assertThat(rows.get(0).text()).isEqualTo("Gunmen ambushed a bus near el toro on monday.");
        assertThat(rows.get(2).text()).isEqualTo("The army said it would patrol the road.");
        // a report is one news item, so its sentences fall on one side of the split
        assertThat(rows.get(0).doc()).isEqualTo(rows.get(2).doc()).isNotEqualTo(rows.get(3).doc());
        assertThat(rows).allMatch(r -> r.origin().equals(Muc4Corpus.ORIGIN));
    }

    @Test
    void aSentenceTheReportLacksIsNamedByFileAndLine() throws IOException {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("b.tsv"), "doc\tsentence\tlabel\tkind\nTST-0002\t0\tnone\topinion\n"
                + "TST-0002\t7\tAttack\tasserted\n");
        assertThatThrownBy(() -> Muc4Corpus.read(labels, texts())).isInstanceOf(IOException.class)
                .hasMessageContaining("b.tsv:3").hasMessageContaining("no sentence 7");
    }

    @Test
    void anUnknownReportAndABadLabelAreRefused() throws IOException {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("c.tsv"), "doc\tsentence\tlabel\tkind\nTST-0009\t0\tAttack\tasserted\n");
        assertThatThrownBy(() -> Muc4Corpus.read(labels, texts())).hasMessageContaining("c.tsv:2")
                .hasMessageContaining("TST-0009");
        Files.writeString(labels.resolve("c.tsv"), "doc\tsentence\tlabel\tkind\nTST-0001\t0\tAmbush\tasserted\n");
        assertThatThrownBy(() -> Muc4Corpus.read(labels, texts())).hasMessageContaining("c.tsv:2")
                .hasMessageContaining("Ambush");
    }

    @Test
    void aCorpusFileThatIsNotJsonIsNamed() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(texts.resolve("train.json"), "{\n  \"TST-0001\": {\"doc\": \"A\"\n");
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("d.tsv"), "doc\tsentence\tlabel\tkind\n");
        assertThatThrownBy(() -> Muc4Corpus.read(labels, texts)).hasMessageContaining("train.json");
        assertThatThrownBy(() -> Muc4Corpus.read(labels, dir.resolve("nowhere"))).hasMessageContaining("train.json");
    }

    @Test
    void theShippedLabelsMatchTheCorpusWhereItIsPresent() throws IOException {
        Path home = Path.of(System.getProperty("sitrep.home", "..")).toAbsolutePath().normalize();
        Path corpus = home.resolve("../shared/train/muc4");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no MUC-4 corpus here");
        List<EventCorpus.Row> rows = Muc4Corpus.read(Muc4Corpus.labelsInSources(home), corpus);
        assertThat(rows).hasSizeGreaterThan(500);
        assertThat(rows.stream().map(EventCorpus.Row::doc).distinct().count()).isGreaterThan(40);
    }
}
