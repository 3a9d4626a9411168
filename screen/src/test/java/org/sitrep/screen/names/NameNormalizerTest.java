package org.sitrep.screen.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameNormalizerTest {

    private final NameNormalizer normalizer = new NameNormalizer(NameVocabulary.standard());

    private String folded(String name) {
        return normalizer.normalize(name).folded();
    }

    @Test
    void foldsCaseDiacriticsAndPunctuation() {
        assertThat(folded("José  MARÍA Öztürk-Çelik")).isEqualTo("jose maria ozturk celik");
        assertThat(folded("AL-QA'IDA")).isEqualTo(folded("al qaida"));
    }

    @Test
    void transliteratesOtherScriptsToLatin() {
        assertThat(folded("Владимир Путин")).isEqualTo("vladimir putin");
        assertThat(folded("习近平")).isEqualTo("xi jinping");
        NormalizedName arabic = normalizer.normalize("البنعلي");
        assertThat(arabic.abjad()).isTrue();
        assertThat(arabic.tokens()).containsExactly("bnly");
    }

    @Test
    void dropsArticlesWrittenApartHyphenatedOrGlued() {
        assertThat(folded("AL-BINALI")).isEqualTo("binali");
        assertThat(folded("Al Binali")).isEqualTo("binali");
        assertThat(folded("Alzahrani")).isEqualTo(folded("AL-ZAHRANI"));
        assertThat(folded("Alan")).isEqualTo("alan");
    }

    @Test
    void joinsCompoundNamesHoweverTheyAreWritten() {
        String abd = folded("Abd al-Rahman");
        assertThat(folded("Abdul Rahman")).isEqualTo(abd);
        assertThat(folded("Abdulrahman")).isEqualTo(abd);
        assertThat(folded("ABD-EL-RAHMAN")).isEqualTo(abd);
        assertThat(folded("Abdurrahman")).isEqualTo(abd);
        String din = folded("Bashir-ud-Din");
        assertThat(folded("Bashiruddin")).isEqualTo(din);
        assertThat(folded("Bashir Uddin")).isEqualTo(din);
        assertThat(folded("Abdullah")).isEqualTo(folded("Abd Allah"));
    }

    @Test
    void mapsSpellingVariantsOfGivenNamesToOneForm() {
        assertThat(folded("Mohammed")).isEqualTo(folded("Muhammad")).isEqualTo(folded("Mohamad"));
        assertThat(folded("Hussein")).isEqualTo(folded("Husayn")).isEqualTo(folded("Hussain"));
        assertThat(folded("Youssef")).isEqualTo(folded("Yusuf"));
        assertThat(folded("محمد")).isEqualTo(folded("Mohamed"));
    }

    @Test
    void mapsLegalFormsToOneForm() {
        assertThat(folded("ANGLO-CARIBBEAN CO., LTD.")).isEqualTo(folded("Anglo Caribbean Company Limited"));
        assertThat(folded("Sberbank PJSC")).isEqualTo(folded("Sberbank OAO"));
        assertThat(folded("Acme Corporation")).isEqualTo(folded("ACME CORP."));
    }

    @Test
    void consonantSkeletonMeetsVowellessScripts() {
        assertThat(TokenSimilarity.consonants("hussein")).isEqualTo(TokenSimilarity.consonants("hsyn"));
    }
}
