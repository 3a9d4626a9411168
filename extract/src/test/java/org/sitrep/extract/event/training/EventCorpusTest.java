package org.sitrep.extract.event.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCorpusTest {

    @TempDir
    Path dir;

    @Test
    void readsRowsAndTellsOccurrencesFromOtherSentences() throws IOException {
        Files.writeString(dir.resolve("a.tsv"), """
                doc\tlabel\tkind\ttext
                x-1\tAir/drone strike\treported\tJets struck a fuel depot outside the town overnight, residents said.
                x-1\tnone\tanalysis\tThe depot matters because the town has no other source of diesel.
                x-1\tAir/drone strike\tfuture\tThe air force said it would strike again if the convoys returned.
                """);
        EventCorpus corpus = EventCorpus.read(dir);
        assertThat(corpus.rows()).hasSize(3);
        assertThat(corpus.rows().get(0).isOccurrence()).isTrue();
        assertThat(corpus.rows().get(0).acledClass()).isEqualTo("Air/drone strike");
        assertThat(corpus.rows().get(2).isOccurrence()).isFalse();
        assertThat(corpus.rows().get(2).acledClass()).isEqualTo(EventCorpus.NONE);
    }

    @Test
    void aBadRowIsNamedByFileAndLine() throws IOException {
        Files.writeString(dir.resolve("b.tsv"), """
                doc\tlabel\tkind\ttext
                y-1\tAir strike\tasserted\tA made-up type name on the second line of the file.
                """);
        assertThatThrownBy(() -> EventCorpus.read(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("b.tsv:2").hasMessageContaining("Air strike");
    }

    @Test
    void anOccurrenceWithoutATypeIsRefused() throws IOException {
        Files.writeString(dir.resolve("c.tsv"), "doc\tlabel\tkind\ttext\nz-1\tnone\tasserted\tSomething happened here.\n");
        assertThatThrownBy(() -> EventCorpus.read(dir)).hasMessageContaining("c.tsv:2");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        Files.write(dir.resolve("d.tsv"), new byte[] {'d', 'o', 'c', '\t', (byte) 0xff, (byte) 0xfe, '\n'});
        assertThatThrownBy(() -> EventCorpus.read(dir)).hasMessageContaining("d.tsv");
    }

    @Test
    void theSplitKeepsNewsItemsWholeAndDoesNotMove() throws IOException {
        StringBuilder tsv = new StringBuilder("doc\tlabel\tkind\ttext\n");
        for (int d = 0; d < 200; d++) {
            for (int s = 0; s < 3; s++) {
                tsv.append("n-").append(d).append("\tnone\tother\tSentence number ").append(s).append(" of item.\n");
            }
        }
        Files.writeString(dir.resolve("e.tsv"), tsv, StandardCharsets.UTF_8);
        EventCorpus corpus = EventCorpus.read(dir);
        List<EventCorpus.Row> held = corpus.part(true, 12);
        List<EventCorpus.Row> tuning = corpus.part(false, 12);
        assertThat(held.size() + tuning.size()).isEqualTo(600);
        assertThat(held.size()).isBetween(60, 180);
        assertThat(held.stream().map(EventCorpus.Row::doc)).doesNotContainAnyElementsOf(
                tuning.stream().map(EventCorpus.Row::doc).toList());
        assertThat(EventCorpus.read(dir).part(true, 12)).isEqualTo(held);
    }
}
