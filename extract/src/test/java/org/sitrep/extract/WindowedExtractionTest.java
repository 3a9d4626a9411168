package org.sitrep.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.json.ExtractionJson;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long documents extracted in windows give one extraction of the whole document, on texts written for these tests.
 * Small windows are forced so that the documents stay small; one set of models for the class.
 */
class WindowedExtractionTest {

    private static final DocDate DAY = DocDate.given(LocalDate.of(2016, 2, 25));
    private static final String[] PARAGRAPHS = {
            "Colonel Farid Haddad of the Northern Relief Council said on Monday that 40 families had reached the camp"
                    + " near Erbil after shelling struck the village of Qaraj.",
            "Police in Mosul arrested six men suspected of smuggling fuel, a spokesman for the Interior Ministry said.",
            "The Northern Relief Council asked the Iraqi government for 200 more tents, Colonel Farid Haddad said.",
            "Fighters clashed with soldiers near Erbil on Tuesday, killing 12 people, according to the governor's office.",
    };

    private static Extractor whole;

    @BeforeAll
    static void loadModels() {
        whole = Extractor.builder().build();
    }

    private static String paragraphs(int count, String between) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(PARAGRAPHS[i % PARAGRAPHS.length]).append(between);
        }
        return text.toString();
    }

    /** Every id is given once, numbered from 1 in order, and every reference points at one that is given. */
    private static void idsAreUniqueAndResolve(DocumentExtraction x) {
        List<String> entityIds = x.entities().stream().map(Entity::id).toList();
        assertThat(entityIds).isEqualTo(IntStream.rangeClosed(1, entityIds.size()).mapToObj(i -> "e" + i).toList());
        List<String> eventIds = x.events().stream().map(Event::id).toList();
        assertThat(eventIds).isEqualTo(IntStream.rangeClosed(1, eventIds.size()).mapToObj(i -> "v" + i).toList());
        List<String> relationIds = x.relations().stream().map(Relation::id).toList();
        assertThat(relationIds).isEqualTo(IntStream.rangeClosed(1, relationIds.size()).mapToObj(i -> "r" + i).toList());
        List<String> claimIds = x.claims().stream().map(Claim::id).toList();
        assertThat(claimIds).isEqualTo(IntStream.rangeClosed(1, claimIds.size()).mapToObj(i -> "c" + i).toList());
        Set<String> entities = new HashSet<>(entityIds);
        Set<String> claims = new HashSet<>(claimIds);
        for (Event v : x.events()) {
            assertThat(entities).containsAll(v.actors()).containsAll(v.targets());
            if (v.location() != null && v.location().entity() != null) {
                assertThat(entities).contains(v.location().entity());
            }
            if (v.claim() != null) {
                assertThat(claims).contains(v.claim());
            }
        }
        for (Relation r : x.relations()) {
            assertThat(entities).contains(r.subject(), r.object());
        }
        Set<String> stated = new HashSet<>(eventIds);
        stated.addAll(relationIds);
        for (Claim c : x.claims()) {
            assertThat(stated).containsAll(c.about());
            if (c.source() != null) {
                assertThat(entities).contains(c.source());
            }
        }
    }

    @Test
    void aDocumentOfSeveralWindowsReadsAsOne() {
        String text = paragraphs(12, "\n\n");
        int windowChars = 300;
        assertThat(new DocumentWindows(windowChars).cut(InputDocument.of("t", text, DAY))).hasSizeGreaterThan(4);

        DocumentExtraction x = new Extractor(whole, windowChars).extract(InputDocument.of("t", text, DAY));

        SpanInvariant.check(text, x);
        idsAreUniqueAndResolve(x);
        assertThat(x.events()).isNotEmpty();
        assertThat(x.events().getLast().evidence().start()).isGreaterThan(text.length() / 2);
        Entity council = x.entities().stream().filter(e -> e.name().equals("Northern Relief Council")).toList()
                .getFirst();
        assertThat(x.entities().stream().filter(e -> e.name().equals(council.name()) && e.type() == council.type()))
                .hasSize(1);
        // Mentioned twice in every four paragraphs: in the first window and in the last.
        assertThat(council.mentions()).hasSize(6);
        assertThat(council.mentions().getFirst().start()).isLessThan(windowChars);
        assertThat(council.mentions().getLast().start()).isGreaterThan(text.length() - 2 * windowChars);
        assertThat(council.mentions()).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));

        // The command line streams a long document's JSON; it must be the very line the tree gives.
        StringWriter streamed = new StringWriter();
        new ExtractionJson().write(x, null, streamed);
        assertThat(streamed.toString()).isEqualTo(new ExtractionJson().line(x));
    }

    @Test
    void aDocumentWithinOneWindowIsExtractedExactlyAsBefore() {
        String text = paragraphs(4, "\n\n");
        assertThat(text.length()).isLessThan(Extractor.WINDOW_CHARS);
        InputDocument doc = new InputDocument("t", 0, "A made-up report", text, DAY);
        ExtractionJson json = new ExtractionJson();

        String byDefault = json.line(whole.extract(doc));
        String unbounded = json.line(new Extractor(whole, Integer.MAX_VALUE).extract(doc));

        assertThat(byDefault).isEqualTo(unbounded);
        StringWriter streamed = new StringWriter();
        json.write(whole.extract(doc), null, streamed);
        assertThat(streamed.toString()).isEqualTo(byDefault);
        assertThat(byDefault).contains("Northern Relief Council");
    }

    @Test
    void aLongTextWithoutBlankLinesOrFullStopsIsCutBetweenWords() {
        String text = ("Colonel Farid Haddad met officials of the Northern Relief Council in Erbil on Monday and then "
                + "drove to Mosul with 40 lorries of flour ").repeat(8);
        int windowChars = 180;
        List<InputDocument> windows = new DocumentWindows(windowChars).cut(InputDocument.of("t", text, DAY));
        assertThat(windows).hasSizeGreaterThan(5);
        windows.subList(0, windows.size() - 1).forEach(w -> assertThat(w.text()).endsWith(" "));

        DocumentExtraction x = new Extractor(whole, windowChars).extract(InputDocument.of("t", text, DAY));

        SpanInvariant.check(text, x);
        idsAreUniqueAndResolve(x);
        assertThat(x.entities().stream().filter(e -> e.name().equals("Erbil")))
                .singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(8));
    }

    @Test
    void emojiBeforeAndAcrossCutsKeepOffsetsInCodePoints() {
        String text = paragraphs(8, " \uD83D\uDE9A\uD83D\uDD25\n\n");
        int windowChars = 250;
        DocumentExtraction x = new Extractor(whole, windowChars).extract(InputDocument.of("t", text, DAY));

        SpanInvariant.check(text, x);
        idsAreUniqueAndResolve(x);
        Entity erbil = x.entities().stream().filter(e -> e.name().equals("Erbil")).toList().getFirst();
        assertThat(erbil.mentions()).hasSize(4);
        Span last = erbil.mentions().getLast();
        // Code points, not UTF-16 units: eight emoji (sixteen units) stand before the last mention.
        assertThat(text.offsetByCodePoints(0, last.start())).isEqualTo(text.lastIndexOf("Erbil"));
        assertThat(last.start()).isLessThan(text.lastIndexOf("Erbil"));
    }
}
