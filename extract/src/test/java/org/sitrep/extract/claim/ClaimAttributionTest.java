package org.sitrep.extract.claim;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Claim;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.extract.Stance;
import org.sitrep.model.DocDate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who speaks and what is said, in the frames news uses: speakers that are no names, pronouns sentences after the
 * name, relative clauses, participles, quotes before the cue, headlines. Sentences written for this test (not from
 * the labelled claims set); one extractor for the class.
 */
class ClaimAttributionTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.builder().build();
    }

    private static DocumentExtraction extract(String text) {
        return extractor.extract(InputDocument.of("t", text, DocDate.given(LocalDate.of(2019, 4, 9))));
    }

    private static String idOf(DocumentExtraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).map(Entity::id).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + x.entities()));
    }

    private static Claim claimSaying(DocumentExtraction x, String content) {
        return x.claims().stream().filter(c -> c.content().text().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim '" + content + "' in " + x.claims()));
    }

    @Test
    void aSpeakerThatIsNoNameStillMakesAClaimAndTheThatIsNotContent() {
        DocumentExtraction x = extract("The water board said that the pumps had been repaired.");
        Claim c = claimSaying(x, "the pumps had been repaired");
        assertThat(c.sourceText()).isEqualTo("The water board");
        assertThat(c.stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void aPronounSpeakerIsWhoeverSpokeLast() {
        DocumentExtraction x = extract("Provincial governor Tomas Lindqvist said the bridge at Orsa had collapsed. "
                + "Engineers from Varnholm Construction had inspected it in May. He said the repairs would take a year.");
        Claim c = claimSaying(x, "the repairs would take a year");
        assertThat(c.sourceText()).isEqualTo("He");
        assertThat(c.source()).isEqualTo(idOf(x, "Tomas Lindqvist"));
    }

    @Test
    void aPronounAfterAnUnnamedSpeakerIsNotTheLastNameMentioned() {
        DocumentExtraction x = extract("A senior border official said the smuggler Goran Ilic had been caught at dawn. "
                + "He told reporters that the lorry carried forged papers.");
        Claim c = claimSaying(x, "the lorry carried forged papers");
        assertThat(c.source()).isNotEqualTo(idOf(x, "Goran Ilic"));
    }

    @Test
    void theNameBesideATitleSpeaks() {
        DocumentExtraction x = extract("A former navy admiral, Henrik Saar, told the inquiry that the ship had left port "
                + "without orders.");
        Claim c = claimSaying(x, "the ship had left port without orders");
        assertThat(c.source()).isEqualTo(idOf(x, "Henrik Saar"));
    }

    @Test
    void aParticipleSharesTheSubjectOfItsVerb() {
        DocumentExtraction x = extract("The Harbour Workers Union blamed the port authority for the accident, saying "
                + "the cranes had not been checked for years.");
        Claim c = claimSaying(x, "the cranes had not been checked for years");
        assertThat(c.sourceText()).contains("Harbour Workers Union");
        Claim blame = x.claims().stream().filter(k -> k.stance() == Stance.ACCUSES).findFirst().orElseThrow();
        assertThat(blame.content().text()).doesNotContain("saying");
    }

    @Test
    void aQuoteBeforeAnInvertedCueIsTheContent() {
        DocumentExtraction x = extract("\"The convoy never reached the valley,\" said Ilona Berg, a relief coordinator.");
        Claim c = x.claims().stream().filter(k -> k.cue().text().equals("said")).findFirst().orElseThrow();
        assertThat(c.content().text()).isEqualTo("The convoy never reached the valley");
        assertThat(c.source()).isEqualTo(idOf(x, "Ilona Berg"));
    }

    @Test
    void aHeadlineWithItsSpeakerLastIsAClaim() {
        DocumentExtraction x = extract("Grain silo burned, farmers say\n\nA fire destroyed a silo near Velka on Monday.");
        Claim c = claimSaying(x, "Grain silo burned");
        assertThat(c.sourceText()).isEqualTo("farmers");
    }

    @Test
    void dismissingAPersonDeniesNothing() {
        DocumentExtraction fired = extract("The president dismissed the head of the customs service on Monday.");
        assertThat(fired.claims()).noneMatch(c -> c.stance() == Stance.DENIES);
        DocumentExtraction denial = extract("The ministry dismissed the report as propaganda.");
        assertThat(denial.claims()).anySatisfy(c -> {
            assertThat(c.stance()).isEqualTo(Stance.DENIES);
            assertThat(c.content().text()).startsWith("the report");
        });
    }

    @Test
    void theAddresseeOfTellIsNotWhatWasSaid() {
        DocumentExtraction x = extract("Mayor Petra Holm told journalists the curfew would end on Friday.");
        assertThat(x.claims()).anySatisfy(c -> assertThat(c.content().text()).isEqualTo("the curfew would end on Friday"));
    }
}
