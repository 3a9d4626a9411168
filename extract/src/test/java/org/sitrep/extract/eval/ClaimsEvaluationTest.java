package org.sitrep.extract.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.Claim;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventDate;
import org.sitrep.extract.EventType;
import org.sitrep.extract.Modality;
import org.sitrep.extract.Stance;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The scoring of claims against labels, on a document written for this test and hand-made extractions. */
class ClaimsEvaluationTest {

    private static final List<String> FILE = List.of(
            "# a test document",
            "== t1",
            "Jonas Dahl chaired the board. He said the port had reopened. Police denied that shots were fired.",
            "--",
            "Jonas Dahl | said | the port had reopened | asserts",
            "Police | denied | shots were fired | denies");

    private static ClaimsEvaluation.GoldDocument gold() throws IOException {
        return ClaimsEvaluation.parse("test.claims", FILE).getFirst();
    }

    private static Span span(String text, String piece) {
        int at = text.indexOf(piece);
        return Span.of(text, at, at + piece.length());
    }

    @Test
    void readsDocumentsAndLocatesTheContent() throws IOException {
        ClaimsEvaluation.GoldDocument d = gold();
        assertThat(d.id()).isEqualTo("t1");
        assertThat(d.claims()).hasSize(2);
        ClaimsEvaluation.GoldClaim c = d.claims().getFirst();
        assertThat(d.text().substring(c.start(), c.end())).isEqualTo("the port had reopened");
        assertThat(c.sources()).containsExactly("Jonas Dahl");
        assertThat(c.line()).isEqualTo(5);
    }

    @Test
    void aBadLineIsNamedWithItsFileAndLine() {
        List<String> bad = List.of("== t2", "Somebody said something.", "--", "Somebody | said | nothing here | asserts");
        assertThatThrownBy(() -> ClaimsEvaluation.parse("bad.claims", bad))
                .hasMessageContaining("bad.claims:4").hasMessageContaining("content not found");
        List<String> stance = List.of("== t3", "Somebody said it rained.", "--", "Somebody | said | it rained | believes");
        assertThatThrownBy(() -> ClaimsEvaluation.parse("bad.claims", stance))
                .hasMessageContaining("bad.claims:4").hasMessageContaining("unknown stance");
    }

    @Test
    void aResolvedPronounIsTheRightSourceAndAWiderContentCostsPrecision() throws IOException {
        ClaimsEvaluation.GoldDocument d = gold();
        String t = d.text();
        Entity dahl = new Entity("e1", EntityType.PERSON, "Jonas Dahl", List.of(), List.of(span(t, "Jonas Dahl")),
                List.of());
        // the first claim: "He" resolved to Jonas Dahl, content exact; the second: no source, content with "that"
        Claim said = new Claim("c1", "e1", "He", span(t, "said"), span(t, "the port had reopened"), Stance.ASSERTS,
                List.of());
        Claim denied = new Claim("c2", null, "Police", span(t, "denied"), span(t, "that shots were fired"),
                Stance.ASSERTS, List.of());
        DocumentExtraction x = new DocumentExtraction("t1", 0, null, DocDate.UNKNOWN, List.of(dahl), List.of(),
                List.of(), List.of(said, denied));
        ClaimsEvaluation.Figures f = ClaimsEvaluation.score(d, x).figures();
        assertThat(f.gold()).isEqualTo(2);
        assertThat(f.matched()).isEqualTo(2);
        assertThat(f.recall()).isEqualTo(1.0);
        assertThat(f.sourceAccuracy()).isEqualTo(1.0);
        assertThat(f.cueAccuracy()).isEqualTo(1.0);
        assertThat(f.stanceAccuracy()).isEqualTo(0.5);
        // 18 letters of "the port had reopened" inside; "shots were fired" is 14 of the 18 of "that shots were fired"
        assertThat(f.meanContentPrecision()).isCloseTo((1.0 + 14.0 / 18) / 2, within(1e-9));
        assertThat(f.meanContentRecall()).isEqualTo(1.0);
    }

    @Test
    void anUnresolvedPronounOrAnotherSpeakerIsWrongAndAMissIsAMiss() throws IOException {
        ClaimsEvaluation.GoldDocument d = gold();
        String t = d.text();
        Entity board = new Entity("e2", EntityType.ORGANIZATION, "board", List.of(), List.of(span(t, "board")),
                List.of());
        Claim unresolved = new Claim("c1", null, "He", span(t, "said"), span(t, "the port had reopened"),
                Stance.ASSERTS, List.of());
        Claim wrong = new Claim("c1", "e2", "He", span(t, "said"), span(t, "the port had reopened"), Stance.ASSERTS,
                List.of());
        for (Claim c : List.of(unresolved, wrong)) {
            DocumentExtraction x = new DocumentExtraction("t1", 0, null, DocDate.UNKNOWN, List.of(board), List.of(),
                    List.of(), List.of(c));
            ClaimsEvaluation.Scored s = ClaimsEvaluation.score(d, x);
            assertThat(s.figures().matched()).isEqualTo(1);
            assertThat(s.figures().sourceRight()).isZero();
            assertThat(s.figures().recall()).isEqualTo(0.5);
            assertThat(s.notes()).anyMatch(n -> n.startsWith("MISS") && n.contains("shots were fired"))
                    .anyMatch(n -> n.startsWith("SOURCE"));
        }
    }

    @Test
    void aSpeakerMadeTheActorOfWhatItReportsIsCounted() throws IOException {
        List<String> lines = List.of("== t4", "The Rights Monitor reported shelling of Orvel. The army said it shelled Orvel.",
                "--", "The Rights Monitor | reported | shelling of Orvel | asserts",
                "The army | said | it shelled Orvel | asserts");
        ClaimsEvaluation.GoldDocument d = ClaimsEvaluation.parse("t.claims", lines).getFirst();
        String t = d.text();
        Entity monitor = new Entity("e1", EntityType.ORGANIZATION, "Rights Monitor", List.of(),
                List.of(span(t, "Rights Monitor")), List.of());
        Entity army = new Entity("e2", EntityType.ARMED_GROUP, "army", List.of(),
                List.of(span(t, "army"), Span.of(t, t.indexOf("it shelled"), t.indexOf("it shelled") + 2)), List.of());
        Claim reported = new Claim("c1", "e1", "The Rights Monitor", span(t, "reported"), span(t, "shelling of Orvel"),
                Stance.ASSERTS, List.of("v1"));
        Claim said = new Claim("c2", "e2", "The army", span(t, "said"), span(t, "it shelled Orvel"), Stance.ASSERTS,
                List.of("v2"));
        // the monitor made the shelling's actor: wrong; the army, which the content names ("it"), is its own actor
        Event byMonitor = new Event("v1", EventType.SHELLING, List.of("e1"), List.of(), null, EventDate.UNKNOWN, null,
                null, List.of(), Modality.REPORTED, "c1", span(t, "The Rights Monitor reported shelling of Orvel."),
                List.of());
        Event byArmy = new Event("v2", EventType.SHELLING, List.of("e2"), List.of(), null, EventDate.UNKNOWN, null,
                null, List.of(), Modality.REPORTED, "c2", span(t, "The army said it shelled Orvel."), List.of());
        DocumentExtraction x = new DocumentExtraction("t4", 0, null, DocDate.UNKNOWN, List.of(monitor, army),
                List.of(byMonitor, byArmy), List.of(), List.of(reported, said));
        ClaimsEvaluation.Scored s = ClaimsEvaluation.score(d, x);
        assertThat(s.figures().speakerAsActor()).isEqualTo(1);
        assertThat(s.notes()).filteredOn(n -> n.startsWith("ACTOR")).singleElement()
                .satisfies(n -> assertThat(n).contains("Rights Monitor"));
    }

    @Test
    void aTitleAroundTheNameAndANamelessClaimAreRight() {
        ClaimsEvaluation.GoldClaim g = new ClaimsEvaluation.GoldClaim(List.of("Ali Reza"), "said", 0, 1, "x", "asserts", 1);
        Claim titled = new Claim("c1", null, "Defence Minister Ali Reza", new Span(0, 0, ""), new Span(0, 0, ""),
                Stance.ASSERTS, List.of());
        DocumentExtraction none = new DocumentExtraction("t", 0, null, DocDate.UNKNOWN, List.of(), List.of(), List.of(),
                List.of());
        assertThat(ClaimsEvaluation.sourceRight(g, titled, none)).isTrue();
        ClaimsEvaluation.GoldClaim nobody = new ClaimsEvaluation.GoldClaim(List.of(), "reported", 0, 1, "x", "asserts", 1);
        Claim passive = new Claim("c1", null, null, new Span(0, 0, ""), new Span(0, 0, ""), Stance.ASSERTS, List.of());
        assertThat(ClaimsEvaluation.sourceRight(nobody, passive, none)).isTrue();
        assertThat(ClaimsEvaluation.sourceRight(nobody, titled, none)).isFalse();
    }

    @Test
    void theShippedLabelsReadAndSplitBothWays() throws IOException {
        Path dir = Path.of("training", "claims");
        ClaimsEvaluation eval = ClaimsEvaluation.load(dir);
        assertThat(eval.documents()).hasSizeGreaterThanOrEqualTo(60);
        long held = eval.documents().stream().filter(d -> ClaimsEvaluation.isHeldOut(d.id())).count();
        assertThat(held).isBetween(10L, 30L);
    }
}
