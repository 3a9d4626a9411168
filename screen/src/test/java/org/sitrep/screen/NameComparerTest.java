package org.sitrep.screen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameComparerTest {

    private final NameComparer comparer = NameComparer.standard();

    private double score(String a, String b) {
        return comparer.nameScore(a, b, "Person");
    }

    @Test
    void spellingsOfOneArabicNameMeet() {
        for (String variant : new String[]{"AL BINALI, Turki", "Turki Al-Binali", "turki albinali", "Turki al-Benali"}) {
            assertThat(comparer.compare("AL-BIN'ALI, Turki", variant, "Person").match()).as(variant).isTrue();
        }
        assertThat(score("AL-BIN'ALI", "البنعلي")).isGreaterThan(0.8);
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(score("AL-ZAHRANI, Faysal Ahmad 'Ali", "Faisal Ahmed Ali Alzahrani")).isGreaterThan(0.95);
        assertThat(score("PUTIN, Vladimir", "Vladimir Putin")).isEqualTo(1.0);
    }

    @Test
    void namesInOtherScriptsMeetTheirLatinForm() {
        assertThat(score("Владимир Путин", "PUTIN, Vladimir")).isEqualTo(1.0);
        assertThat(score("习近平", "Xi Jinping")).isEqualTo(1.0);
    }

    @Test
    void missingMiddleNamesAndInitialsCostLittle() {
        assertThat(comparer.compare("URDINOLA GRAJALES, Ivan", "Ivan Urdinola Grajales", "Person").match()).isTrue();
        assertThat(comparer.compare("Ivan Urdinola", "URDINOLA GRAJALES, Ivan Jairo", "Person").match()).isTrue();
        assertThat(score("J. Urdinola", "Jairo Urdinola")).isGreaterThan(score("Pedro Urdinola", "Jairo Urdinola"));
    }

    @Test
    void aLoneCommonGivenNameIsNotAMatch() {
        Comparison c = comparer.compare("Mohammed", "Muhammad", "Person");
        assertThat(c.match()).isFalse();
        assertThat(c.explanation()).extracting(Explanation::feature).contains("name", "rarity");
    }

    @Test
    void differentPeopleDoNotMatch() {
        assertThat(comparer.compare("John Smith", "JOHN, Damien", "Person").match()).isFalse();
        assertThat(comparer.compare("George Bush", "HASWANI, George", "Person").match()).isFalse();
        assertThat(comparer.compare("Vladimir Putin", "POLIN, Vladimir", "Person").match()).isFalse();
    }

    @Test
    void organisationFormsAreInterchangeable() {
        assertThat(comparer.compare("ANGLO-CARIBBEAN CO., LTD.", "Anglo Caribbean Company Limited", "Company").match())
                .isTrue();
    }

    @Test
    void scoreIsMonotoneInSimilarity() {
        assertThat(score("Osama bin Laden", "Usama bin Ladin"))
                .isGreaterThan(score("Osama bin Laden", "Osama bin Salem"));
    }

    @Test
    void ofacAlgorithmCanBeChosen() {
        NameComparer ofac = new NameComparer(org.sitrep.screen.names.NameVocabulary.standard(),
                ScreeningSettings.of(Algorithm.OFAC));
        Comparison c = ofac.compare("VLADIMIR PUTIN", "PUTIN, Vladimir", null);
        assertThat(c.score()).isEqualTo(1.0);
        assertThat(c.explanation()).extracting(Explanation::feature).containsExactly("ofac_words", "ofac_whole");
    }
}
