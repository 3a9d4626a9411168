package org.sitrep.extract.claim;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Claim;
import org.sitrep.extract.DocumentExtraction;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.InputDocument;
import org.sitrep.model.DocDate;
import org.sitrep.model.Span;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What extraction reads of a claim's words, so that analysis need not: its hedge, a negated cue, who its content
 * says died, and whom its pronoun stands for. Sentences written for this test; one extractor for the class.
 */
class ClaimReadingTest {

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.builder().build();
    }

    private static DocumentExtraction extract(String text) {
        return extractor.extract(InputDocument.of("t", text, DocDate.given(LocalDate.of(2016, 5, 3))));
    }

    private static String idOf(DocumentExtraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).map(Entity::id).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + x.entities()));
    }

    private static Claim claimCued(DocumentExtraction x, String cue) {
        return x.claims().stream().filter(c -> c.cue().text().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim cued " + cue + " in " + x.claims()));
    }

    @Test
    void aTentativeReportOfADeathNamesTheDeadAndTheHedge() {
        DocumentExtraction x = extract("The ministry said the rebel commander Karim Haddad was probably killed in the raid.");
        Claim c = claimCued(x, "said");
        assertThat(c.hedge()).extracting(Span::text).isEqualTo("probably");
        assertThat(x.hedges()).extracting(Span::text).containsExactly("probably");
        assertThat(c.deaths()).singleElement().satisfies(d -> {
            assertThat(d.entity()).isEqualTo(idOf(x, "Karim Haddad"));
            assertThat(d.cue().text()).isEqualTo("killed");
        });
        assertThat(c.negation()).isNull();
    }

    @Test
    void deathsAreReadInTheirUsualWordings() {
        DocumentExtraction attributed = extract("Yusuf Nadim was killed near the bridge, according to local activists.");
        assertThat(claimCued(attributed, "according to").deaths()).extracting(Claim.Death::entity)
                .containsExactly(idOf(attributed, "Yusuf Nadim"));
        DocumentExtraction denied = extract("The movement denied that Hamid Sayegh is dead.");
        assertThat(claimCued(denied, "denied").deaths()).singleElement()
                .satisfies(d -> assertThat(d.cue().text()).isEqualTo("dead"));
        DocumentExtraction both = extract("Witnesses said Rami Aoun and Fadi Aoun died after the collapse.");
        assertThat(claimCued(both, "said").deaths()).extracting(Claim.Death::entity)
                .containsExactlyInAnyOrder(idOf(both, "Rami Aoun"), idOf(both, "Fadi Aoun"));
    }

    @Test
    void aCueThatIsNotDoneIsNegated() {
        DocumentExtraction x = extract("Hospital staff could not confirm the death of Samir Aziz on Monday.");
        Claim c = claimCued(x, "confirm");
        assertThat(c.negation()).extracting(Span::text).isEqualTo("not");
        assertThat(c.deaths()).extracting(Claim.Death::entity).containsExactly(idOf(x, "Samir Aziz"));
        assertThat(c.hedge()).isNull();
    }

    @Test
    void theWoundedAndThoseWhoSpeakOfTheDeadAreNotDead() {
        DocumentExtraction wounded = extract("Medics said Omar Farouk was wounded, not killed, in the shelling.");
        assertThat(wounded.claims()).allSatisfy(c -> assertThat(c.deaths()).isEmpty());
        DocumentExtraction speaker = extract("Police said Lina Saade, whose brother died in the blast, had left the city.");
        assertThat(speaker.claims()).flatExtracting(Claim::deaths).extracting(Claim.Death::entity)
                .doesNotContain(idOf(speaker, "Lina Saade"));
        DocumentExtraction witness = extract("\"They kept shelling all night,\" said Karim Nader, a farmer who said two of "
                + "his cousins were killed.");
        assertThat(witness.claims()).flatExtracting(Claim::deaths).extracting(Claim.Death::entity)
                .doesNotContain(idOf(witness, "Karim Nader"));
    }

    @Test
    void firstPersonPronounsAreTheSpeakersOwnAndPointNowhere() {
        DocumentExtraction x = extract("The Northern Relief Council opened a clinic in March. \"We did nothing wrong,\" "
                + "a spokesman for the district said.");
        assertThat(x.claims()).allSatisfy(c -> assertThat(c.pronoun()).isNull());
    }

    @Test
    void aPronounInTheContentStandsForWhomTheResolverTiedItTo() {
        DocumentExtraction x = extract("Nadia Karim chaired the council for six years. Officials said she had resigned on Friday.");
        Claim c = claimCued(x, "said");
        assertThat(c.pronoun()).isNotNull();
        assertThat(c.pronoun().span().text()).isEqualTo("she");
        assertThat(c.pronoun().entity()).isEqualTo(idOf(x, "Nadia Karim"));
        assertThat(c.pronoun().span().start()).isEqualTo(c.content().start());
    }
}
