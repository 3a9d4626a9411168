package org.sitrep.screen.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A given name typed with one slip compares as the name; endings, first letters and short names stay apart. */
class GivenNameSlipsTest {

    private final NameVocabulary vocabulary = NameVocabulary.standard();
    private final TokenSimilarity similarity = new TokenSimilarity(vocabulary);

    @Test
    void oneLetterDroppedAddedReplacedOrSwappedIsOneSlip() {
        assertThat(GivenNameSlips.oneSlip("moamed", "mohamed")).isTrue();     // dropped
        assertThat(GivenNameSlips.oneSlip("mohammmed", "mohammed")).isTrue(); // doubled
        assertThat(GivenNameSlips.oneSlip("mohmaed", "mohamed")).isTrue();    // swapped
        assertThat(GivenNameSlips.oneSlip("mohaned", "mohamed")).isTrue();    // replaced
        assertThat(GivenNameSlips.oneSlip("mohamed", "mohamed")).isFalse();   // no slip at all
        assertThat(GivenNameSlips.oneSlip("mhoamde", "mohamed")).isFalse();   // two slips
    }

    @Test
    void aNamesFirstLetterAndItsEndingAreNoSlips() {
        assertThat(GivenNameSlips.oneSlip("bohamed", "mohamed")).isFalse();  // another first letter
        assertThat(GivenNameSlips.oneSlip("ibrahima", "ibrahim")).isFalse(); // a letter added at the end
        assertThat(GivenNameSlips.oneSlip("yousefa", "yousef")).isFalse();
        assertThat(GivenNameSlips.oneSlip("hussain", "hussein")).isTrue();   // inside the word: a slip
        assertThat(GivenNameSlips.oneSlip("husseim", "hussein")).isFalse();  // the last letter replaced
    }

    @Test
    void aSlippedSpellingComparesAsTheNameItWasTypedFor() {
        assertThat(vocabulary.isSlipOf("moamed", "muhammad")).isTrue();
        assertThat(vocabulary.isSlipOf("ibrahiim", "ibrahim")).isTrue();
        assertThat(vocabulary.isSlipOf("peuer", "pyotr")).isTrue();       // five letters: Peter with one replaced
        assertThat(similarity.similarity("moamed", "muhammad", false)).isGreaterThanOrEqualTo(TokenSimilarity.SLIPPED);
        assertThat(similarity.similarity("yousseff", "yusuf", false)).isGreaterThanOrEqualTo(TokenSimilarity.SLIPPED);
    }

    @Test
    void knownNamesShortWordsAndSlipsOfTwoNamesAreNotSlips() {
        assertThat(vocabulary.isSlipOf("muhanad", "muhammad")).isFalse(); // Muhannad is a name of its own
        assertThat(vocabulary.isSlipOf("omer", "umar")).isFalse();        // a known spelling, not a slip
        assertThat(vocabulary.isSlipOf("umir", "umar")).isFalse();        // too short to tell
        assertThat(vocabulary.isSlipOf("omari", "umar")).isFalse();       // an ending added
        assertThat(vocabulary.isSlipOf("ahmadi", "ahmad")).isFalse();     // a family name formed on it
        assertThat(similarity.similarity("muhanad", "muhammad", false)).isLessThan(TokenSimilarity.SLIPPED);
    }
}
