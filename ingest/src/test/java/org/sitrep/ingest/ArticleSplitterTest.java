package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DocDate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ArticleSplitterTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    private static final String BODY_A = "Officials in the eastern province said on Tuesday that convoys carrying flour and"
            + " medicine had reached two besieged districts for the first time in four months, after days of talks.\n\n"
            + "Aid workers said the deliveries would last no more than a fortnight and that fuel was still short.\n";
    private static final String BODY_B = "A coalition of monitoring groups counted dozens of incidents along the front"
            + " line over the weekend and said both sides had used artillery near the river crossing.\n\n"
            + "NEW FRONT LINE\n\n"
            + "The groups said shelling had eased by Sunday evening, but that drones were still seen overhead.\n";

    @Test
    void splitsACompilationAtHeadlinesAndReadsTitlesAndDates() {
        String text = "Aid convoys reach besieged districts in the east\n\n12 March 2016\n\n" + BODY_A
                + "\n\nMonitors log weekend clashes along the river\n\nPublished: 2016-03-14\n\n" + BODY_B
                + "\n***\n\nSunday, 20 March 2016\n\nTalks resume in Geneva without the armed opposition\n\n" + BODY_A;
        List<ArticleSplitter.Article> articles = splitter.split(text);

        assertThat(articles).extracting(ArticleSplitter.Article::title).containsExactly(
                "Aid convoys reach besieged districts in the east",
                "Monitors log weekend clashes along the river",
                "Talks resume in Geneva without the armed opposition");
        assertThat(articles).extracting(a -> a.date().value()).containsExactly(
                LocalDate.of(2016, 3, 12), LocalDate.of(2016, 3, 14), LocalDate.of(2016, 3, 20));
        assertThat(articles.get(1).date().source()).isEqualTo(DocDate.Source.TEXT);
        assertThat(text.substring(articles.get(2).start(), articles.get(2).end())).startsWith("Sunday, 20 March 2016");
        assertThat(text.substring(articles.get(1).start(), articles.get(1).end()))
                .contains("NEW FRONT LINE").endsWith("still seen overhead.");
    }

    @Test
    void keepsATitleBlockWithItsSubtitleAndDatelineTogether() {
        String text = "Gas plant changed hands twice in two years\n\nWho paid whom to keep the turbines running?\n\n"
                + "DAMASCUS, Feb. 25, 2016 (Sitrep Wire) — " + BODY_A;
        List<ArticleSplitter.Article> articles = splitter.split(text);

        assertThat(articles).hasSize(1);
        assertThat(articles.getFirst().title()).isEqualTo("Gas plant changed hands twice in two years");
        assertThat(articles.getFirst().date().value()).isEqualTo(LocalDate.of(2016, 2, 25));
    }

    @Test
    void aSeparatorInsideAnArticleIsASectionBreak() {
        String text = "One long report about the offensive\n\n" + BODY_A + "\n* * *\n\n" + BODY_B;
        assertThat(splitter.split(text)).hasSize(1);
    }

    @Test
    void tweetsBylinesSpeakerLabelsAndSectionHeadingsAreNotHeadlines() {
        assertThat(ArticleSplitter.isHeadline("Monitors log weekend clashes along the river")).isTrue();
        assertThat(ArticleSplitter.isHeadline("Syria: Cessation of Hostilities? What now?")).isTrue();
        assertThat(ArticleSplitter.isHeadline("NEGOTIATING TABLE IN GENEVA")).isFalse();
        assertThat(ArticleSplitter.isHeadline("MR SMITH: We have nothing to add")).isFalse();
        assertThat(ArticleSplitter.isHeadline("Monitor @example reports strikes on #Idlib today")).isFalse();
        assertThat(ArticleSplitter.isHeadline("The talks ended without agreement.")).isFalse();
        assertThat(ArticleSplitter.isHeadline("(Reporting by A. Writer; Editing by B. Editor)")).isFalse();
    }

    @Test
    void aFileWithoutStructureIsOneArticle() {
        assertThat(splitter.split(BODY_A)).hasSize(1);
        assertThat(splitter.split("  \n\n ")).isEmpty();
    }

    /** The shared seed compilations hold several articles each; every article must be an exact slice of its file. */
    @Test
    void splitsTheSeedCompilations() throws IOException {
        Path seeds = Path.of(System.getProperty("sitrep.shared", "../../shared"), "seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is absent");
        int total = 0;
        int dated = 0;
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                List<ArticleSplitter.Article> articles = splitter.split(text);
                assertThat(articles).as(file.toString()).isNotEmpty();
                for (ArticleSplitter.Article a : articles) {
                    assertThat(a.title()).as("title in " + file).isNotBlank();
                    assertThat(text.substring(a.start(), a.end())).isEqualTo(text.substring(a.start(), a.end()).strip());
                    if (a.date().isKnown()) {
                        dated++;
                    }
                }
                total += articles.size();
            }
        }
        assertThat(total).isBetween(15, 40);
        assertThat(dated).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anArticleWithoutADatedTitleBlockTakesTheLatestDateLineItQuotes() {
        String text = "Drone strike reported near the northern crossing\n\n" + BODY_A
                + "\nA local radio station posted the first pictures of the wreck.\n8:05 AM – 2 Apr 2016\n\n"
                + "A second post followed the next morning.\n9:40 AM – 3 Apr 2016\n\n" + BODY_B;
        ArticleSplitter.Article whole = splitter.whole(text);
        assertThat(whole.date().value()).isEqualTo(LocalDate.of(2016, 4, 3));
        assertThat(whole.date().source()).isEqualTo(DocDate.Source.TEXT);
    }
}
