package org.sitrep.extract.event.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CausalNewsCorpusTest {

    @TempDir
    Path dir;

    private Path texts() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("train_subtask1.csv"), """
                \uFEFFindex,text,label
                train_03_0_17,"Traders shut their stalls and marched to the district office , chanting slogans .",1
                train_03_1_840,The district office had promised new water pipes two years earlier .,0
                train_03_25_77,"Police said two men were held after the march , one of them a shop owner .",0
                """);
        Files.writeString(texts.resolve("dev_subtask1.csv"), """
                index,text,label
                train_10_4_5,"Students blocked the highway with burning tyres , officials said .",1
                """);
        return texts;
    }

    @Test
    void joinsTheProjectsLabelsWithTheCorpusTexts() throws IOException {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("a.tsv"), """
                index\tlabel\tkind
                train_03_0_17\tPeaceful protest\tasserted
                train_03_1_840\tnone\tanalysis
                train_03_25_77\tArrests\treported
                train_10_4_5\tViolent demonstration\treported
                """);
        List<EventCorpus.Row> rows = CausalNewsCorpus.read(labels, texts());
        assertThat(rows).extracting(EventCorpus.Row::label)
                .containsExactly("Peaceful protest", "none", "Arrests", "Violent demonstration");
        assertThat(rows.get(0).text()).startsWith("Traders shut their stalls");
        assertThat(rows).allMatch(r -> r.origin().equals(CausalNewsCorpus.ORIGIN));
        // neighbours share a news item; a sentence further on in the batch starts another
        assertThat(rows.get(0).doc()).isEqualTo(rows.get(1).doc());
        assertThat(rows.get(2).doc()).isNotEqualTo(rows.get(0).doc());
    }

    @Test
    void aLabelForASentenceTheCorpusLacksIsNamedByFileAndLine() throws IOException {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("b.tsv"), "index\tlabel\tkind\ntrain_03_0_17\tPeaceful protest\tasserted\n"
                + "train_99_9_9\tArrests\treported\n");
        assertThatThrownBy(() -> CausalNewsCorpus.read(labels, texts())).isInstanceOf(IOException.class)
                .hasMessageContaining("b.tsv:3").hasMessageContaining("train_99_9_9");
    }

    @Test
    void aBadKindIsRefused() throws IOException {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("c.tsv"), "index\tlabel\tkind\ntrain_03_0_17\tPeaceful protest\trumoured\n");
        assertThatThrownBy(() -> CausalNewsCorpus.read(labels, texts())).hasMessageContaining("c.tsv:2")
                .hasMessageContaining("rumoured");
    }

    @Test
    void missingCorpusFilesAreNamed() throws IOException {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Files.writeString(labels.resolve("d.tsv"), "index\tlabel\tkind\n");
        assertThatThrownBy(() -> CausalNewsCorpus.read(labels, dir.resolve("nowhere")))
                .hasMessageContaining("train_subtask1.csv");
    }

    @Test
    void theShippedLabelsMatchTheCorpusWhereItIsPresent() throws IOException {
        Path home = Path.of(System.getProperty("sitrep.home", "..")).toAbsolutePath().normalize();
        Path corpus = home.resolve("../shared/train/causal-news");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "no Causal News Corpus here");
        List<EventCorpus.Row> rows = CausalNewsCorpus.read(CausalNewsCorpus.labelsInSources(home), corpus);
        assertThat(rows).hasSizeGreaterThan(3000);
        assertThat(rows.stream().map(EventCorpus.Row::doc).distinct().count()).isGreaterThan(100);
    }
}
