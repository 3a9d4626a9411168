package org.sitrep.screen;

import org.junit.jupiter.api.Test;
import org.sitrep.lists.ListEntity;
import org.sitrep.lists.ListSnapshot;
import org.sitrep.screen.names.NameNormalizer;
import org.sitrep.screen.names.NameVocabulary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How names are compared: the phenomena of spelling, script, structure and rarity, on names written for the test. */
class NameStructureTest {

    private final NameComparer comparer = NameComparer.standard();
    private final NameNormalizer normalizer = new NameNormalizer(NameVocabulary.standard());

    private Comparison person(String a, String b) {
        return comparer.compare(a, b, "Person");
    }

    @Test
    void everyWritingOfOneArabicFamilyNameMeetsEveryOther() {
        String[] forms = {"AL-BIN'ALI", "AL BINALI", "Al-Binali", "البنعلي"};
        for (String a : forms) {
            for (String b : forms) {
                assertThat(person(a + " Turki", "Turki " + b).score()).as(a + " / " + b).isGreaterThan(0.85);
            }
        }
    }

    @Test
    void wordOrderAndCommaInversionDoNotMatter() {
        assertThat(person("HADDAWI, Qasim Nur", "Qasim Nur Haddawi").score()).isEqualTo(1.0);
        assertThat(person("Nur Haddawi Qasim", "Qasim Nur Haddawi").score()).isEqualTo(1.0);
    }

    @Test
    void anInitialStandsForItsNameButProvesLess() {
        double initial = person("Q. N. Haddawi", "Qasim Nur Haddawi").score();
        assertThat(initial).isGreaterThan(person("Tariq Haddawi", "Qasim Nur Haddawi").score());
        assertThat(initial).isLessThan(1.0);
    }

    @Test
    void aMissingMiddleNameCostsLessThanAConflictingGivenName() {
        double missing = person("Qasim Haddawi", "HADDAWI, Qasim Nur Salman").score();
        double conflicting = person("Faramarz Haddawi", "HADDAWI, Qasim").score();
        assertThat(missing).isGreaterThan(conflicting);
        assertThat(person("Qasim Haddawi", "HADDAWI, Qasim Nur Salman").match()).isTrue();
        assertThat(person("Faramarz Haddawi", "HADDAWI, Qasim").match()).isFalse();
    }

    @Test
    void legalFormsInOneWordOrSeveralAreTheSameForm() {
        assertThat(comparer.compare("CONSORCIO PELAYO, SOCIEDAD ANONIMA", "Consorcio Pelayo S.A.", "Company").score())
                .isEqualTo(1.0);
        assertThat(comparer.compare("MOLOT TECH, OOO", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU MOLOT TECH",
                "Company").score()).isEqualTo(1.0);
        assertThat(comparer.compare("Kestrel Shipping Co. Ltd", "KESTREL SHIPPING COMPANY LIMITED", "Company").match())
                .isTrue();
        // initials in a person's name are not a legal form
        assertThat(normalizer.normalize("SMITH, John A G").tokens()).contains("a", "g");
    }

    @Test
    void aWordWrittenWithoutVowelsMustFitTheLatinSpellingLetterByLetter() {
        assertThat(person("يعقوب حداوي", "Yaqoub Haddawi").match()).isTrue();
        // the same consonants in another order of vowels and letters are another name
        assertThat(person("محمد حداوي", "Mahmud Haddawi").score())
                .isLessThan(person("محمد حداوي", "Muhammad Haddawi").score());
    }

    @Test
    void twoDistinctGivenNamesAreNotSpellingsOfEachOther() {
        assertThat(person("Muhammad Haddawi", "Mahmud Haddawi").score())
                .isLessThan(person("Mohamed Haddawi", "Muhammad Haddawi").score());
    }

    @Test
    void rareWordsCarryAMatchAndCommonOnesDoNot() {
        List<ListEntity> entities = new ArrayList<>();
        entities.add(listed("1", "HADDAWI, Qasim"));
        String[] given = {"Muhammad", "Ahmad", "Ali", "Wei", "Jian", "Juan", "Maria"};
        String[] family = {"Wang", "Zhang", "Garcia", "Lopez", "Karimi", "Nasser", "Mansour", "Farouk"};
        int id = 10;
        for (String f : family) {
            for (String g : given) {
                entities.add(listed(String.valueOf(id++), f + ", " + g));
            }
        }
        Screener screener = Screener.of(List.of(new ListSnapshot("test", "test", "0".repeat(64), Path.of("t"),
                entities)), ScreeningSettings.defaults());
        assertThat(screener.screen(Query.ofName("Haddawi")).get(0).id()).isEqualTo("1");
        assertThat(screener.screen(Query.ofName("Haddawi")).get(0).match()).isTrue();
        assertThat(screener.screen(Query.ofName("Wang"))).noneMatch(Match::match);
        assertThat(screener.screen(Query.ofName("Muhammad Ali"))).noneMatch(Match::match);
    }

    @Test
    void severalSpellingsInOneNameFieldAreSeparateNames() {
        ListEntity entity = new ListEntity("test", "7", "Person", "Javid Rahqi; Jawid Rahqi", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                null, "test:7");
        Screener screener = Screener.of(List.of(new ListSnapshot("test", "test", "0".repeat(64), Path.of("t"),
                List.of(entity))), ScreeningSettings.defaults());
        Match top = screener.screen(Query.ofName("Jawid Rahqi")).get(0);
        assertThat(top.score()).isEqualTo(1.0);
        assertThat(top.matchedName()).isEqualTo("Jawid Rahqi");
    }

    private static ListEntity listed(String id, String name) {
        return new ListEntity("test", id, "Person", name, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), null, "test:" + id);
    }
}
